package cn.onewindow.evaluation.enquiry.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * An enquiry (咨询) or hotline order (热线工单) as a work order of the department owning its item: answered in writing by
 * {@code dueAt}, escalated once when not, then visited back (回访) with the enquirer's rating.
 */
@Entity
@Table(name = "enquiry")
public class Enquiry extends PanacheEntityBase {
    @Id
    public String number;
    /** HOTLINE (12345-style), HALL (forwarded by another hall), DEPARTMENT (forwarded by a department). */
    public String source;
    @Column(name = "forwarded_by")
    public String forwardedBy;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "item_name")
    public String itemName;
    @Column(name = "department_code")
    public String departmentCode;
    public String question;
    @Column(name = "enquirer_name")
    public String enquirerName;
    public String phone;
    @Column(name = "received_by")
    public String receivedBy;
    @Column(name = "received_by_id")
    public String receivedById;
    @Column(name = "received_at")
    public Instant receivedAt;
    @Column(name = "due_at")
    public Instant dueAt;
    public String answer;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_by_id")
    public String answeredById;
    @Column(name = "answered_at")
    public Instant answeredAt;
    /** Set by the monitor's own SQL (MonitorFlags) or cleared by a recount, never written by a person's save. */
    @Column(name = "escalated_at", insertable = false, updatable = false)
    public Instant escalatedAt;
    @Column(name = "visit_attempts")
    public int visitAttempts;
    @Column(name = "visit_reached")
    public Boolean visitReached;
    @Column(name = "visit_satisfaction")
    public Integer visitSatisfaction;
    @Column(name = "visit_note")
    public String visitNote;
    @Column(name = "visited_by")
    public String visitedBy;
    @Column(name = "visited_by_id")
    public String visitedById;
    @Column(name = "visited_at")
    public Instant visitedAt;

    /** Where the order stands, in one word for lists: ESCALATED only while unanswered. */
    public String status() {
        if (answeredAt == null) {
            return escalatedAt == null ? "OPEN" : "ESCALATED";
        }
        return Boolean.TRUE.equals(visitReached) ? "VISITED" : "ANSWERED";
    }
}
