package cn.onewindow.routing.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** The department and back-office queue a case was assigned to. */
@Entity
@Table(name = "routing_assignment")
public class RoutingAssignment extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "department_code")
    public String departmentCode;
    public String queue;
    @Column(name = "item_type")
    public String itemType;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    @Column(name = "routed_at")
    public Instant routedAt;
    @Column(name = "source_event_id")
    public String sourceEventId;
}
