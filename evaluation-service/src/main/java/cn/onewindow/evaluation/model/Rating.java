package cn.onewindow.evaluation.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One 好差评 rating: 5 非常满意, 4 满意, 3 基本满意, 2 不满意, 1 非常不满意. */
@Entity
@Table(name = "rating")
@IdClass(Rating.Key.class)
public class Rating extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Id
    public String stage;
    public int level;
    public String channel;
    public String reason;
    @Column(name = "rated_at")
    public Instant ratedAt;
    /** A mistaken rating, appealed and upheld on review: kept, but not counted. */
    public boolean excluded;

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String caseId, String stage) implements Serializable {
    }
}
