package cn.onewindow.intake.catalogue.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/** One published version of a catalogue item (事项). Never updated once published. */
@Entity
@Table(name = "catalogue_item")
@IdClass(CatalogueItem.Key.class)
public class CatalogueItem extends PanacheEntityBase {
    @Id
    public String code;
    @Id
    public int version;
    public String name;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "department_name")
    public String departmentName;
    @Column(name = "item_type")
    public String itemType;
    @Column(name = "statutory_days")
    public int statutoryDays;
    @Column(name = "promised_days")
    public int promisedDays;
    public String status;
    @Column(name = "announced_at")
    public Instant announcedAt;
    @Column(name = "effective_from")
    public Instant effectiveFrom;
    @Column(name = "announced_by")
    public String announcedBy;
    /** The version's full content (materials, review points, 容缺 rules…) as JSON: see ItemDefinition. */
    public String definition;

    public static final String ACTIVE = "ACTIVE";
    public static final String CANCELLED = "CANCELLED";

    /**
     * The version in force at {@code at}: the one with the latest effective date that has come
     * (ties broken by version). A CANCELLED version in force means the item no longer exists.
     */
    public static Uni<CatalogueItem> inForce(String code, Instant at) {
        return find("code = ?1 and effectiveFrom <= ?2 order by effectiveFrom desc, version desc", code, at).firstResult();
    }

    public static Uni<Integer> latestVersion(String code) {
        return find("select coalesce(max(version), 0) from CatalogueItem where code = ?1", code)
                .project(Integer.class).singleResult();
    }

    public boolean cancelled() {
        return CANCELLED.equals(status);
    }

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String code, int version) implements Serializable {
    }
}
