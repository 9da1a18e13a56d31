package cn.onewindow.approval.joint.model;

import java.io.Serializable;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * 联审联办: a co-department's opinion task on a JOINT case, opened as the case arrives (in the co-department's feed at
 * {@code feedSeq}) and closed once by its opinion. {@code missingAtDecision}: the lead decided after its deadline
 * while this opinion was still missing.
 */
@Entity
@Table(name = "joint_opinion")
@IdClass(JointOpinion.Key.class)
public class JointOpinion extends PanacheEntityBase {
    @Id
    @Column(name = "case_id")
    public String caseId;
    @Id
    @Column(name = "department_code")
    public String departmentCode;
    @Column(name = "lead_department")
    public String leadDepartment;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "feed_seq")
    public long feedSeq;
    public String opinion;
    public String reasons;
    @Column(name = "recorded_at")
    public Instant recordedAt;
    public Boolean late;
    @Column(name = "recorded_by_id")
    public String recordedById;
    @Column(name = "recorded_by_name")
    public String recordedByName;
    @Column(name = "recorded_by_post")
    public String recordedByPost;
    @Column(name = "missing_at_decision")
    public Instant missingAtDecision;

    public boolean given() {
        return opinion != null;
    }

    public record Key(String caseId, String departmentCode) implements Serializable {
    }
}
