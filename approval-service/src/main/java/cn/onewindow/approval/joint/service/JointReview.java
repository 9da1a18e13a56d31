package cn.onewindow.approval.joint.service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.joint.domain.JointRules;
import cn.onewindow.approval.joint.model.CaseForwarding;
import cn.onewindow.approval.joint.model.JointDetails;
import cn.onewindow.approval.joint.model.JointOpinion;
import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.model.CatalogueCopy;
import cn.onewindow.approval.model.ClockSuspension;
import cn.onewindow.approval.model.ExaminationStep;
import cn.onewindow.approval.service.ApprovalService;
import cn.onewindow.approval.service.CaseEvents;
import cn.onewindow.calendar.LimitClock;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.CaseForwarded;
import cn.onewindow.contracts.events.JointOpinionRecorded;
import cn.onewindow.contracts.vocabulary.ApprovalCaseStatus;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * 联审联办 and 上报件 in the back office. A JOINT case opens one opinion task per co-department as it arrives; each
 * co-department gives its opinion once (late after the lead's deadline, still taken); the lead decides the one result
 * once every opinion is in, or after its deadline (the missing ones recorded). A FORWARDED case is given its
 * first-instance opinion by its department, which forwards it to the higher authority; the authority then acts on it
 * through the department API as on a case of its own and decides. Every change with its event, in its transaction.
 */
@ApplicationScoped
public class JointReview {
    private final CaseEvents events;
    private final Clock clock;
    private final CalendarHolder calendars;

    public JointReview(CaseEvents events, Clock clock, CalendarHolder calendars) {
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
    }

    /**
     * Inside the arrival's transaction (ApprovalService.enqueue, which holds the feed's lock): opens the opinion tasks
     * of a JOINT case and the two parts of a FORWARDED one, from approval's copy of the item version in force at the
     * take-in. Without a copy naming them: {@link CatalogueNotYetHere}, so the arrival is undone and tried again.
     */
    public Uni<Void> opened(ApprovalCase c) {
        boolean joint = JointRules.JOINT.equals(c.itemType);
        if (!joint && !JointRules.FORWARDED.equals(c.itemType)) {
            return Uni.createFrom().voidItem();
        }
        Instant at = c.acceptedAt != null ? c.acceptedAt : c.queuedAt;
        return CatalogueCopy.inForce(c.itemCode, at).flatMap(copy -> {
            if (copy == null || !copy.detailsKnown
                    || joint && JointDetails.coDepartments(copy).stream().noneMatch(d -> !d.equals(c.departmentCode))
                    || !joint && (copy.authorityCode == null || copy.firstInstanceDays == null || copy.authorityDays == null)) {
                return Uni.createFrom().failure(new CatalogueNotYetHere(c.caseId, c.itemCode, c.itemType));
            }
            return joint ? openOpinions(c, JointDetails.coDepartments(copy)) : openForwarding(c, copy);
        });
    }

    private Uni<Void> openOpinions(ApprovalCase c, List<String> coDepartments) {
        Instant now = clock.instant();
        return Multi.createFrom().iterable(coDepartments.stream().filter(d -> !d.equals(c.departmentCode)).toList())
                .onItem().transformToUniAndConcatenate(d -> nextFeedSeq().flatMap(seq -> {
                    var o = new JointOpinion();
                    o.caseId = c.caseId;
                    o.departmentCode = d;
                    o.leadDepartment = c.departmentCode;
                    o.openedAt = now;
                    o.feedSeq = seq;
                    return o.persist();
                }))
                .collect().last().replaceWithVoid();
    }

    private Uni<Void> openForwarding(ApprovalCase c, CatalogueCopy copy) {
        var f = new CaseForwarding();
        f.caseId = c.caseId;
        f.departmentCode = c.departmentCode;
        f.authorityCode = copy.authorityCode;
        f.authorityName = copy.authorityName == null ? copy.authorityCode : copy.authorityName;
        f.firstInstanceDays = copy.firstInstanceDays;
        f.authorityDays = copy.authorityDays;
        return f.persist().replaceWithVoid();
    }

    /**
     * Whether {@code reviewer} may decide {@code c} now (ApprovalService.decide, in its transaction). JOINT: the lead
     * once every opinion is in, or after its deadline (the missing opinions marked on their tasks); 409
     * joint-opinions-pending otherwise. FORWARDED: only the higher authority it was forwarded to; its own department
     * forwards instead (409 forwarding-required, or forwarded-to-authority once forwarded).
     */
    public Uni<Void> mayDecide(ApprovalCase c, Actor reviewer) {
        if (JointRules.FORWARDED.equals(c.itemType)) {
            if (c.forwardedTo != null && c.forwardedTo.equals(reviewer.department())) {
                return Uni.createFrom().voidItem();
            }
            return Uni.createFrom().failure(c.forwardedTo != null
                    ? ProblemException.conflict("forwarded-to-authority", "该上报件已上报" + c.forwardedTo + "，由上级机关作出决定",
                            "This case was forwarded to " + c.forwardedTo + ", which decides it")
                    : ProblemException.conflict("forwarding-required", "上报件须提出初审意见并上报上级机关，由上级机关作出决定",
                            "A forwarded item is decided by the higher authority: give the first-instance opinion and forward it"));
        }
        if (!JointRules.JOINT.equals(c.itemType)) {
            return Uni.createFrom().voidItem();
        }
        Instant now = clock.instant();
        return JointOpinion.<JointOpinion>list("caseId = ?1 order by departmentCode", c.caseId).flatMap(all -> {
            var pending = all.stream().filter(o -> !o.given()).toList();
            return switch (JointRules.leadGate(pending.stream().map(o -> o.departmentCode).toList(), c.clockKind, c.deadline, now)) {
                case ALL_OPINIONS_IN -> Uni.createFrom().voidItem();
                case PAST_DEADLINE -> {
                    pending.forEach(o -> o.missingAtDecision = now);
                    yield Uni.createFrom().voidItem();
                }
                case OPINIONS_PENDING -> {
                    String missing = String.join("、", pending.stream().map(o -> o.departmentCode).toList());
                    yield Uni.createFrom().failure(ProblemException.conflict("joint-opinions-pending",
                            "尚有协办部门未提出意见（" + missing + "），须待全部意见到齐或牵头部门办理时限届满后作出决定",
                            "Co-departments have not given their opinions yet (" + missing.replace("、", ", ")
                                    + "): decide once all are in or after the lead's deadline"));
                }
            };
        });
    }

    /** A co-department's opinion on a JOINT case, once; late after the lead's deadline (still taken). */
    @WithTransaction
    public Uni<JointOpinion> recordOpinion(String caseId, String opinion, String reasons, Actor actor) {
        String department = actor.department();
        if (JointRules.DISAGREE.equals(opinion) && (reasons == null || reasons.isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalid("reasons-required",
                    "不同意的意见须书面说明理由", "A disagreeing opinion needs written reasons"));
        }
        return caseOf(caseId).flatMap(c -> JointOpinion.<JointOpinion>findById(new JointOpinion.Key(caseId, department))
                .flatMap(task -> {
                    if (task == null) {
                        return Uni.createFrom().failure(involved(c, department)
                                ? ProblemException.forbidden("not-co-department", "只有该联办件的协办部门才能提出协办意见",
                                        "Only a co-department of this joint case gives a joint opinion")
                                : notFound(caseId));
                    }
                    if (task.given()) {
                        return Uni.createFrom().failure(ProblemException.conflict("opinion-already-given",
                                "本部门已于" + task.recordedAt + "提出意见，不能再次提出", "This department gave its opinion already"));
                    }
                    if (!c.open()) {
                        return Uni.createFrom().failure(ProblemException.conflict("already-decided",
                                "该办件已作出决定（" + c.status + "），不能再办理", "This case was already decided (" + c.status + ")"));
                    }
                    Instant now = clock.instant();
                    task.opinion = opinion;
                    task.reasons = blankToNull(reasons);
                    task.recordedAt = now;
                    task.late = JointRules.late(now, c.clockKind, c.deadline);
                    task.recordedById = actor.userId();
                    task.recordedByName = actor.name();
                    task.recordedByPost = actor.post();
                    return events.publish(c.departmentCode, new JointOpinionRecorded(c.caseId, c.departmentCode, department,
                            opinion, task.reasons, now, task.late, actor)).replaceWith(task);
                }));
    }

    /**
     * The first-instance opinion of a FORWARDED case by its own department, which forwards it: the authority's part
     * starts, due {@code authorityDays} working days later, and the case enters the authority's feed.
     */
    @WithTransaction
    public Uni<CaseForwarding> forward(String caseId, String opinion, String reasons, Actor actor) {
        String department = actor.department();
        if (reasons == null || reasons.isBlank()) {
            return Uni.createFrom().failure(ProblemException.invalid("reasons-required",
                    "初审意见须书面说明理由", "The first-instance opinion needs written reasons"));
        }
        return caseOf(caseId).flatMap(c -> {
            if (!c.departmentCode.equals(department)) {
                return Uni.createFrom().failure(notFound(caseId));
            }
            if (!JointRules.FORWARDED.equals(c.itemType)) {
                return Uni.createFrom().failure(ProblemException.conflict("not-a-forwarded-item",
                        "该办件不是上报件，由本部门作出决定", "This case is not of a forwarded item: the department decides it"));
            }
            if (c.forwardedTo != null) {
                return Uni.createFrom().failure(ProblemException.conflict("already-forwarded",
                        "该办件已上报" + c.forwardedTo, "This case was already forwarded to " + c.forwardedTo));
            }
            if (!c.open()) {
                return Uni.createFrom().failure(ProblemException.conflict("already-decided",
                        "该办件已作出决定（" + c.status + "），不能再办理", "This case was already decided (" + c.status + ")"));
            }
            if (c.status() == ApprovalCaseStatus.AWAITING_ACCEPTANCE) {
                return Uni.createFrom().failure(ProblemException.conflict("not-accepted-yet",
                        "该办件尚未受理，须先作出受理决定", "The case must be accepted before it is forwarded"));
            }
            return ExaminationStep.<ExaminationStep>list("caseId = ?1 and endedAt is null", caseId).flatMap(open -> {
                if (!open.isEmpty()) {
                    return Uni.createFrom().failure(ProblemException.conflict("step-open",
                            "尚有未完成的审查环节（" + open.get(0).kind + "），不能上报",
                            "An examination step is still open (" + open.get(0).kind + ")"));
                }
                return CaseForwarding.<CaseForwarding>findById(caseId)
                        .onItem().ifNull().failWith(() -> new IllegalStateException("forwarded case " + caseId + " has no forwarding row"))
                        .flatMap(f -> firstInstanceDue(c, f).flatMap(due -> nextFeedSeq().flatMap(seq -> {
                            Instant now = clock.instant();
                            var cal = calendars.calendar();
                            f.opinion = opinion;
                            f.reasons = reasons.strip();
                            f.forwardedAt = now;
                            f.firstInstanceDue = due;
                            f.firstInstanceOnTime = due == null || now.isBefore(due);
                            f.authorityDueAt = JointRules.authorityDue(cal, now, f.authorityDays);
                            f.authorityFeedSeq = seq;
                            f.forwardedById = actor.userId();
                            f.forwardedByName = actor.name();
                            f.forwardedByPost = actor.post();
                            c.forwardedTo = f.authorityCode;
                            return events.publish(c.departmentCode, new CaseForwarded(c.caseId, c.departmentCode, f.authorityCode,
                                    f.authorityName, opinion, now, f.firstInstanceOnTime, f.authorityDueAt, actor)).replaceWith(f);
                        })));
            });
        });
    }

    /** The first instance's due instant: its limit from the decision clock's start, the clock's stops not counted. */
    private Uni<Instant> firstInstanceDue(ApprovalCase c, CaseForwarding f) {
        return decisionStops(c).map(stops -> JointRules.firstInstance(calendars.calendar(), c.clockStart, f.firstInstanceDays,
                stops, null, clock.instant()).due());
    }

    Uni<List<LimitClock.Suspension>> decisionStops(ApprovalCase c) {
        return ClockSuspension.<ClockSuspension>list("caseId = ?1 and clockKind = ?2 order by seq", c.caseId, ClockKind.DECISION.name())
                .map(all -> all.stream().map(s -> new LimitClock.Suspension(s.reason, s.suspendedAt, s.resumedAt)).toList());
    }

    /** What the lead, a co-department or the authority sees of a JOINT or FORWARDED case. */
    @WithSession
    public Uni<JointReviewView> view(String caseId, String department) {
        return caseOf(caseId).flatMap(c -> {
            boolean joint = JointRules.JOINT.equals(c.itemType);
            if (!joint && !JointRules.FORWARDED.equals(c.itemType)) {
                // an ordinary case: its own department sees that it has no co-departments and no forwarding
                return c.departmentCode.equals(department)
                        ? Uni.createFrom().item(JointReviewView.of(c, department, List.of(), null, List.of(), clock.instant()))
                        : Uni.createFrom().failure(notFound(caseId));
            }
            return JointOpinion.<JointOpinion>list("caseId = ?1 order by departmentCode", caseId).flatMap(opinions -> {
                boolean coDepartment = opinions.stream().anyMatch(o -> o.departmentCode.equals(department));
                if (!c.departmentCode.equals(department) && !department.equals(c.forwardedTo) && !coDepartment) {
                    return Uni.createFrom().failure(notFound(caseId));
                }
                return CaseForwarding.<CaseForwarding>findById(caseId).flatMap(f -> (f == null
                        ? Uni.createFrom().item(List.<LimitClock.Suspension>of()) : decisionStops(c))
                        .map(stops -> JointReviewView.of(c, department, opinions, f, clockParts(c, f, stops), clock.instant())));
            });
        });
    }

    /** The two parts of a forwarded case's clock (none for any other case). */
    public Uni<List<JointRules.ClockPart>> clockParts(ApprovalCase c) {
        if (!JointRules.FORWARDED.equals(c.itemType)) {
            return Uni.createFrom().item(List.of());
        }
        return CaseForwarding.<CaseForwarding>findById(c.caseId).flatMap(f -> f == null ? Uni.createFrom().item(List.of())
                : decisionStops(c).map(stops -> clockParts(c, f, stops)));
    }

    private List<JointRules.ClockPart> clockParts(ApprovalCase c, CaseForwarding f, List<LimitClock.Suspension> stops) {
        if (f == null) {
            return List.of();
        }
        var cal = calendars.calendar();
        Instant now = clock.instant();
        Instant start = ClockKind.DECISION.name().equals(c.clockKind) ? c.clockStart : null;
        // stops after the forwarding belong to the authority's part, not the first instance's
        var firstStops = f.forwardedAt == null ? stops
                : stops.stream().filter(s -> s.suspendedAt().isBefore(f.forwardedAt)).toList();
        var parts = new ArrayList<JointRules.ClockPart>();
        parts.add(JointRules.firstInstance(cal, start, f.firstInstanceDays, firstStops, f.forwardedAt, now));
        Instant decided = f.forwardedAt != null && !c.open() ? c.decidedAt : null;
        parts.add(JointRules.authority(cal, f.forwardedAt, f.authorityDays, decided, now));
        return parts;
    }

    private static Uni<ApprovalCase> caseOf(String caseId) {
        return ApprovalCase.<ApprovalCase>findById(caseId).onItem().ifNull().failWith(() -> notFound(caseId));
    }

    /** The lead or the authority: they know the case, so a refusal may say why. */
    private static boolean involved(ApprovalCase c, String department) {
        return c.departmentCode.equals(department) || department.equals(c.forwardedTo);
    }

    /** As for a case that does not exist: a department with no part in the case learns nothing of it (#20, item 10). */
    static ProblemException notFound(String caseId) {
        return ProblemException.notFound("办件 case", caseId);
    }

    /** The next number of the department feeds, taken under their lock (ApprovalService.nextFeedSeq says why). */
    static Uni<Long> nextFeedSeq() {
        return SessionSql.single(Long.class, "select nextval('approval_feed_seq') from (select pg_advisory_xact_lock("
                + ApprovalService.FEED_LOCK + ")) l");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
