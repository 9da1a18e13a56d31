package cn.onewindow.routing.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

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
        var k = new Key();
        k.code = code;
        k.version = version;
        return k;
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
