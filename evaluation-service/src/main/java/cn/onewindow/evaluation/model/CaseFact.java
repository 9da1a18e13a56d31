package cn.onewindow.evaluation.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** What the statistics need about a case, from intake's accepted event. */
@Entity
@Table(name = "case_fact")
public class CaseFact extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "item_code")
    public String itemCode;
    @Column(name = "item_name")
    public String itemName;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "clerk_id")
    public String clerkId;
    @Column(name = "clerk_name")
    public String clerkName;
    @Column(name = "accepted_at")
    public Instant acceptedAt;
    /** The item's promised limit (承诺时限) in working days; null for facts recorded before it was kept. */
    @Column(name = "promised_days")
    public Integer promisedDays;
    @Column(name = "clerk_username")
    public String clerkUsername;
}
