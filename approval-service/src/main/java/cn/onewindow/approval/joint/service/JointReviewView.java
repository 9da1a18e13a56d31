package cn.onewindow.approval.joint.service;

import java.time.Instant;
import java.util.List;

import cn.onewindow.approval.joint.domain.JointRules;
import cn.onewindow.approval.joint.model.CaseForwarding;
import cn.onewindow.approval.joint.model.JointOpinion;
import cn.onewindow.approval.model.ApprovalCase;

/**
 * A JOINT or FORWARDED case as the lead, a co-department or the higher authority sees it: the case in short, the
 * viewer's {@code part} (JointRules), every co-department's opinion (JOINT), whether the lead may decide now and who is
 * still missing, the forwarding (FORWARDED) and the two parts of its clock.
 */
public record JointReviewView(String caseId, String kind, String itemCode, String itemName, String applicantName,
                              String status, String leadDepartmentCode, String part, String clockKind, Instant leadDeadline,
                              List<OpinionView> opinions, List<String> pendingDepartments, boolean leadMayDecide,
                              ForwardingView forwarding, List<JointRules.ClockPart> clockParts, String outcome,
                              String decidedByName, Instant decidedAt) {

    /** One co-department's opinion: PENDING, GIVEN, or MISSING (the lead decided after its deadline without it). */
    public record OpinionView(String departmentCode, String state, String opinion, String reasons, Instant recordedAt,
                              Boolean late, String recordedByName, Instant missingAtDecision) {
        static OpinionView of(JointOpinion o) {
            String state = o.given() ? "GIVEN" : o.missingAtDecision != null ? "MISSING" : "PENDING";
            return new OpinionView(o.departmentCode, state, o.opinion, o.reasons, o.recordedAt, o.late, o.recordedByName,
                    o.missingAtDecision);
        }
    }

    public record ForwardingView(String authorityCode, String authorityName, int firstInstanceDays, int authorityDays,
                                 String opinion, String reasons, Instant forwardedAt, String forwardedByName,
                                 Boolean firstInstanceOnTime, Instant firstInstanceDue, Instant authorityDueAt) {
        static ForwardingView of(CaseForwarding f) {
            return new ForwardingView(f.authorityCode, f.authorityName, f.firstInstanceDays, f.authorityDays, f.opinion,
                    f.reasons, f.forwardedAt, f.forwardedByName, f.firstInstanceOnTime, f.firstInstanceDue, f.authorityDueAt);
        }
    }

    static JointReviewView of(ApprovalCase c, String department, List<JointOpinion> opinions, CaseForwarding f,
                              List<JointRules.ClockPart> parts, Instant now) {
        var pending = opinions.stream().filter(o -> !o.given()).map(o -> o.departmentCode).toList();
        boolean mayDecide = c.open() && (JointRules.JOINT.equals(c.itemType)
                ? JointRules.leadGate(pending, c.clockKind, c.deadline, now) != JointRules.Gate.OPINIONS_PENDING
                : !JointRules.FORWARDED.equals(c.itemType) || c.forwardedTo != null); // an ordinary case: its department
        return new JointReviewView(c.caseId, c.itemType, c.itemCode, c.itemName, c.applicantName, c.status, c.departmentCode,
                JointRules.part(c.itemType, c.departmentCode, c.forwardedTo, department), c.clockKind, c.deadline,
                opinions.stream().map(OpinionView::of).toList(), c.open() ? pending : List.of(), mayDecide,
                f == null ? null : ForwardingView.of(f), parts, c.outcome, c.decidedByName, c.decidedAt);
    }
}
