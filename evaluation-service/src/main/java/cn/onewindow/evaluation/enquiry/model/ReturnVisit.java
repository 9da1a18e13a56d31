package cn.onewindow.evaluation.enquiry.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/** A return-visit task (回访) for one delivered case drawn in its month; the last attempt is kept with how many there were. */
@Entity
@Table(name = "return_visit")
public class ReturnVisit extends PanacheEntityBase {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    /** The month the case was delivered in, {@code 2026-06}. */
    public String month;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "item_name")
    public String itemName;
    @Column(name = "delivered_at")
    public Instant deliveredAt;
    public int attempts;
    public Boolean reached;
    /** PHONE or SMS. */
    public String channel;
    public Integer satisfaction;
    public String note;
    @Column(name = "visited_by")
    public String visitedBy;
    @Column(name = "visited_by_id")
    public String visitedById;
    @Column(name = "visited_at")
    public Instant visitedAt;
}
