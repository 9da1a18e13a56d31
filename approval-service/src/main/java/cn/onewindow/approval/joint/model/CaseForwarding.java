package cn.onewindow.approval.joint.model;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * 上报件: a FORWARDED case's two parts. Opened as the case arrives with the item version's authority and limits; the
 * department's first-instance opinion forwards it ({@code forwardedAt}), after which the authority finds it in its feed
 * at {@code authorityFeedSeq} and decides by {@code authorityDueAt}.
 */
@Entity
@Table(name = "case_forwarding")
public class CaseForwarding extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "authority_code")
    public String authorityCode;
    @Column(name = "authority_name")
    public String authorityName;
    @Column(name = "first_instance_days")
    public int firstInstanceDays;
    @Column(name = "authority_days")
    public int authorityDays;
    public String opinion;
    public String reasons;
    @Column(name = "forwarded_at")
    public Instant forwardedAt;
    @Column(name = "first_instance_due")
    public Instant firstInstanceDue;
    @Column(name = "first_instance_on_time")
    public Boolean firstInstanceOnTime;
    @Column(name = "authority_due_at")
    public Instant authorityDueAt;
    @Column(name = "authority_feed_seq")
    public Long authorityFeedSeq;
    @Column(name = "forwarded_by_id")
    public String forwardedById;
    @Column(name = "forwarded_by_name")
    public String forwardedByName;
    @Column(name = "forwarded_by_post")
    public String forwardedByPost;

    public boolean forwarded() {
        return forwardedAt != null;
    }
}
