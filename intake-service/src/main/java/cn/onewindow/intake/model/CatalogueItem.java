package cn.onewindow.intake.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

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
    @Column(name = "effective_from")
    public Instant effectiveFrom;

    /** The version in force at {@code at}: the newest one whose effective date has come. */
    public static Uni<CatalogueItem> inForce(String code, Instant at) {
        return find("code = ?1 and effectiveFrom <= ?2 order by version desc", code, at).firstResult();
    }

    public static class Key implements Serializable {
        public String code;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(code, k.code) && version == k.version;
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, version);
        }
    }
}
