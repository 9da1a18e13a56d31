package cn.onewindow.intake.helpdesk.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A help request (帮办代办): an applicant's question at a window, a self-service terminal or on the phone, answered by
 * the hall's helper within {@code answerLimitSeconds} (the hall's limit when it came in). One answer only: RESOLVED (on
 * first contact), ASSISTED (代办: the helper takes the file in for the applicant, {@code caseId}) or REFERRED.
 */
@Entity
@Table(name = "help_request")
public class HelpRequest extends PanacheEntityBase {
    @Id
    public UUID id;
    @Column(name = "hall_code")
    public String hallCode;
    public String channel;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "applicant_name")
    public String applicantName;
    public String phone;
    public String question;
    @Column(name = "created_at")
    public Instant createdAt;
    /** The staff member who noted it; null for the self-service terminal. */
    @Column(name = "created_by")
    public String createdBy;
    @Column(name = "answer_limit_seconds")
    public int answerLimitSeconds;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "answered_by")
    public String answeredBy;
    @Column(name = "answered_by_name")
    public String answeredByName;
    public String resolution;
    public String note;
    @Column(name = "in_time")
    public Boolean inTime;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "case_taken_at")
    public Instant caseTakenAt;

    public boolean answered() {
        return answeredAt != null;
    }

    /** The instant the answer is due. */
    public Instant dueAt() {
        return createdAt.plusSeconds(answerLimitSeconds);
    }
}
