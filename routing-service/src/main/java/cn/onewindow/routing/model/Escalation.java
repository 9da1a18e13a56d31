package cn.onewindow.routing.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** An escalation to the coordinator (督办): a limit passed; open until the coordinator acknowledges it. */
@Entity
@Table(name = "escalation")
public class Escalation extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "case_id")
    public String caseId;
    public String kind;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "raised_at")
    public Instant raisedAt;
    public String details;
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
}
