package cn.onewindow.approval.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** One stop of a case's clock (补正, inspection, expert review, fee) and its resumption. */
@Entity
@Table(name = "clock_suspension")
@IdClass(ClockSuspension.Key.class)
public class ClockSuspension extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Id
    public int seq;
    @Column(name = "clock_kind")
    public String clockKind;
    public String reason;
    @Column(name = "suspended_at")
    public Instant suspendedAt;
    @Column(name = "resumed_at")
    public Instant resumedAt;

    public record Key(String caseId, int seq) implements Serializable {
    }
}
