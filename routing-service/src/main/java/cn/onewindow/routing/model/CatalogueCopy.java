package cn.onewindow.routing.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** routing's copy of one catalogue item version: who decides it. */
@Entity
@Table(name = "catalogue_copy")
@IdClass(CatalogueCopy.Key.class)
public class CatalogueCopy extends PanacheEntityBase {
    @Id
    public String code;
    @Id
    public int version;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "item_type")
    public String itemType;
    @Column(name = "promised_days")
    public int promisedDays;
    public String status;
    @Column(name = "effective_from")
    public Instant effectiveFrom;

    public static Key key(String code, int version) {
        return new Key(code, version);
    }

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String code, int version) implements Serializable {
    }
}
