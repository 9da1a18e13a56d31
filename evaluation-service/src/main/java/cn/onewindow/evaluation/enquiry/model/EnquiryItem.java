package cn.onewindow.evaluation.enquiry.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** Evaluation's copy of one catalogue item version: the department an enquiry about the item goes to. */
@Entity
@Table(name = "enquiry_item")
@IdClass(EnquiryItem.Key.class)
public class EnquiryItem extends PanacheEntityBase {
    @Id
    public String code;
    @Id
    public int version;
    @Column(name = "effective_from")
    public Instant effectiveFrom;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "department_name")
    public String departmentName;
    @Column(name = "item_name")
    public String itemName;
    public boolean cancelled;

    /** The version in force at {@code at}, or null when the catalogue has not reached this service (or not this item). */
    public static Uni<EnquiryItem> inForce(String code, Instant at) {
        return EnquiryItem.<EnquiryItem>find("code = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc, version desc", code, at)
                .firstResult();
    }

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String code, int version) implements Serializable {
    }
}
