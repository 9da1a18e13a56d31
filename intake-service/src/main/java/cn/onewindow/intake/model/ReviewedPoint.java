package cn.onewindow.intake.model;

import java.io.Serializable;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * The clerk's answer on one review point (审查要点) of the case's item version: kept with the case, because a
 * wrong intake is the department's when the point was wrong and the clerk's when it was not followed.
 */
@Entity
@Table(name = "reviewed_point")
@IdClass(ReviewedPoint.Key.class)
public class ReviewedPoint extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    /** The point's place in the item version's list, from 1. */
    @Id
    public int position;
    public String point;
    /** CONFIRMED or FAILED. */
    public String outcome;
    public String note;

    /** The composite key (a record: Hibernate reads its components by name). */
    public record Key(String caseId, int position) implements Serializable {
    }
}
