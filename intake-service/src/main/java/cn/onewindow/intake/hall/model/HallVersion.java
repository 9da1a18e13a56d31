package cn.onewindow.intake.hall.model;

import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;
import io.smallrye.mutiny.Uni;

/**
 * One version of a hall of the network (区域通办): every change is a new version, never updated; the latest version of a
 * hall is the hall. {@code definition}: the {@code HallDefinition} as JSON.
 */
@Entity
@Table(name = "hall_version")
@IdClass(HallVersion.Key.class)
public class HallVersion extends PanacheEntityBase {
    @Id
    public String code;
    @Id
    public int version;
    public String name;
    public String region;
    public String kind;
    public String definition;
    @Column(name = "published_at")
    public Instant publishedAt;
    @Column(name = "published_by")
    public String publishedBy;

    /** The latest version of the hall {@code code}; null when there is no such hall. */
    public static Uni<HallVersion> latest(String code) {
        return find("code = ?1 order by version desc", code).firstResult();
    }

    /** The latest version of every hall, by code. */
    public static Uni<List<HallVersion>> latestOfEach() {
        return list("from HallVersion h where h.version = (select max(n.version) from HallVersion n where n.code = h.code) "
                + "order by h.code");
    }

    public static class Key implements Serializable {
        public String code;
        public int version;

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && k.version == version && Objects.equals(k.code, code);
        }

        @Override
        public int hashCode() {
            return Objects.hash(code, version);
        }
    }
}
