package cn.onewindow.approval.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.domain.ApprovalClock;
import cn.onewindow.approval.domain.ApprovalRules;
import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.model.CatalogueCopy;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.AcceptanceDecided;
import cn.onewindow.contracts.events.CaseClaimed;
import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.contracts.events.CaseQueued;
import cn.onewindow.contracts.events.CaseRouted;
import cn.onewindow.contracts.vocabulary.ApprovalCaseStatus;
import cn.onewindow.contracts.vocabulary.ClockKind;
import cn.onewindow.contracts.vocabulary.DecisionOutcome;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.Terms;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Posts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import cn.onewindow.platform.persistence.SessionSql;
import io.smallrye.mutiny.Uni;

/**
 * The department's back office: queues routed cases on the right clock, takes the acceptance
 * decision for files the window only received, and records decisions — each with its event in the
 * same transaction.
 */
@ApplicationScoped
public class ApprovalService {
    static final Actor QUEUE = Actor.system("approval-service");
    /** 当场办结: the intake path of a case the window decided itself (approve-on-the-spot delegation). */
    static final String SETTLED_ON_SPOT = IntakePath.SETTLED_ON_SPOT.name();
    /** Advisory lock key serialising the feed numbers (any constant unique in this database). */
    public static final long FEED_LOCK = 7_310_001L;
    private final CaseEvents events;
    private final Clock clock;
    private final CaseClocks clocks;
    private final RemedyBodies remedies;
    private final SupplementRequests supplements;
    private final Balancing balancing;
    private final CommitmentChecks commitments;
    private final cn.onewindow.approval.joint.service.JointReview joint;

    public ApprovalService(CaseEvents events, Clock clock, CaseClocks clocks, SupplementRequests supplements, Balancing balancing,
                           RemedyBodies remedies, CommitmentChecks commitments, cn.onewindow.approval.joint.service.JointReview joint) {
        this.commitments = commitments;
        this.joint = joint; // 联审联办 / 上报件: opinion tasks and forwarding opened on arrival, the lead's decision gated
        this.events = events;
        this.clock = clock;
        this.clocks = clocks;
        this.supplements = supplements;
        this.balancing = balancing;
        this.remedies = remedies;
    }

    /**
     * Runs inside the inbox transaction of the routing event. A file settled on the spot arrives
     * decided by the window clerk under the approve-on-the-spot delegation; one the window only
     * received waits for the acceptance decision; every other is queued on its promised limit.
     */
    public Uni<Void> enqueue(CaseRouted routed) {
        var c = new ApprovalCase();
        c.caseId = routed.caseId();
        c.itemCode = routed.itemCode();
        c.itemName = routed.itemName();
        c.departmentCode = routed.departmentCode();
        c.queue = routed.queue();
        c.itemType = Terms.code(routed.itemType());
        c.promisedDays = routed.promisedDays();
        c.applicantName = routed.applicantName();
        c.deliveryMethod = Terms.code(routed.deliveryMethod());
        c.intakePath = routed.intakePath() == null ? IntakePath.ACCEPTED_ON_SPOT.name() : routed.intakePath().name();
        c.acceptedAt = routed.acceptedAt();
        c.queuedAt = clock.instant();
        c.deferredUntil = routed.deferredUntil();
        clocks.halls().copy(routed, c); // 区域通办: before the first clock, which counts in the owning hall's hours
        if (routed.bundle() != null) {
            c.bundleId = routed.bundle().bundleId();
            c.bundleCode = routed.bundle().bundleCode();
            c.bundleSize = routed.bundle().size();
        }
        // acceptance (while the applicant waits, or after a receipt) or the promised limit, from the window's act
        var first = ApprovalRules.firstClock(c.intakePath, routed.promisedDays());
        c.startsAs(first.awaitsAcceptance() ? ApprovalCaseStatus.AWAITING_ACCEPTANCE : ApprovalCaseStatus.QUEUED);
        clocks.startFirst(c, first.kind(), ApprovalRules.clockStart(first, routed.acceptedAt(), routed.limitsFrom()), first.budget());
        return nextFeedSeq().flatMap(seq -> {
            c.feedSeq = seq;
            var queued = new CaseQueued(c.caseId, c.departmentCode, c.queue, c.queuedAt, c.deadline, QUEUE);
            Uni<?> persisted = c.persist()
                    .call(() -> joint.opened(c)) // JOINT / FORWARDED: without the catalogue's details, undone and retried
                    .call(() -> events.publish(c.departmentCode, queued))
                    // a case settled at the window needs no reviewer; any other may be balanced onto one
                    .call(() -> SETTLED_ON_SPOT.equals(c.intakePath) ? Uni.createFrom().voidItem()
                            : Panache.getSession().flatMap(s -> s.flush()).flatMap(f -> balancing.assign(c)));
            if (SETTLED_ON_SPOT.equals(c.intakePath) && routed.firstHandler() != null) {
                // 当场办结: the window examined and decided under its approve-on-the-spot delegation
                persisted = persisted.call(() -> record(c, DecisionOutcome.APPROVED, "CERTIFICATE", c.itemName + "（当场办结）", null,
                        null, null, routed.firstHandler(), true));
            }
            return persisted.replaceWithVoid();
        });
    }

    /**
     * The feed's cursor must grow in commit order, or a department system reading "after N" could miss
     * a case whose smaller number committed after a larger one (two consumers, or two instances, at once).
     * The transaction-scoped advisory lock, held from here to the commit, makes the numbers commit in
     * order; it is taken late in the case's arrival, so it is held for its last few statements only.
     */
    private Uni<Long> nextFeedSeq() {
        // plain SQL on the transaction's connection: it runs for every queued case (SessionSql says why)
        return SessionSql.single(Long.class,
                "select nextval('approval_feed_seq') from (select pg_advisory_xact_lock(" + FEED_LOCK + ")) l");
    }

    /** My department's cases in one state, nearest deadline first (stopped clocks last); optionally only mine. */
    @WithSession
    public Uni<List<ApprovalCase>> queue(String department, String status, String assigneeId) {
        String q = "departmentCode = ?1 and status = ?2" + (assigneeId == null ? "" : " and assigneeId = ?3")
                + " order by deadline nulls last, caseId";
        return assigneeId == null ? ApprovalCase.find(q, department, status).list()
                : ApprovalCase.find(q, department, status, assigneeId).list();
    }

    /** The department feed: cases that arrived after {@code cursor}, in arrival order. */
    @WithSession
    public Uni<List<ApprovalCase>> feed(String department, long cursor, int limit) {
        return ApprovalCase.find("departmentCode = ?1 and feedSeq > ?2 order by feedSeq", department, cursor)
                .page(0, limit).list();
    }

    @WithSession
    public Uni<ApprovalCase> find(String caseId, String department) {
        return ApprovalCase.<ApprovalCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("办件 case", caseId))
                .invoke(c -> requireOwnDepartment(c, department));
    }

    /** Loads an open case of the actor's own department for a change, in the caller's transaction. */
    Uni<ApprovalCase> openCase(String caseId, Actor actor) {
        return ApprovalCase.<ApprovalCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("办件 case", caseId))
                .invoke(c -> requireOwnDepartment(c, actor.department()))
                .invoke(c -> {
                    if (!c.open()) {
                        throw ProblemException.conflict("already-decided", "该办件已作出决定（" + c.status + "），不能再办理",
                                "This case was already decided (" + c.status + ")");
                    }
                });
    }

    /** Takes the case from the department queue: for me, or — the chief representative — for a colleague. */
    @WithTransaction
    public Uni<ApprovalCase> claim(String caseId, Actor actor, String forUserId, String forName) {
        boolean forOther = forUserId != null && !forUserId.equals(actor.userId());
        if (forOther && !Posts.CHIEF_REPRESENTATIVE.equals(actor.post())) {
            return Uni.createFrom().failure(chiefOnly("assign a case to a colleague", "分派办件"));
        }
        return openCase(caseId, actor).flatMap(c -> {
            if (c.assigneeId != null && !forOther && !c.assigneeId.equals(actor.userId())
                    && !Posts.CHIEF_REPRESENTATIVE.equals(actor.post())) {
                return Uni.createFrom().failure(ProblemException.conflict("claimed-by-another",
                        "该办件已由" + c.assigneeName + "认领", "Already claimed by " + c.assigneeName));
            }
            c.assigneeId = forOther ? forUserId : actor.userId();
            c.assigneeName = forOther ? (forName == null ? forUserId : forName) : actor.name();
            c.claimedAt = clock.instant();
            return events.publish(c.departmentCode, new CaseClaimed(c.caseId, c.assigneeId, c.assigneeName, c.claimedAt, actor)).replaceWith(c);
        });
    }

    /** The acceptance decision on a file the window only received. */
    @WithTransaction
    public Uni<ApprovalCase> decideAcceptance(String caseId, AcceptanceDecision request, Actor actor) {
        return openCase(caseId, actor).flatMap(c -> {
            if (c.status() != ApprovalCaseStatus.AWAITING_ACCEPTANCE) {
                return Uni.createFrom().failure(ProblemException.conflict("already-accepted", "该办件已受理，无需再作受理决定",
                        "This case was already accepted"));
            }
            return switch (request.decision()) {
                case "ACCEPT" -> {
                    c.becomes(ApprovalCaseStatus.QUEUED);
                    Instant now = clock.instant();
                    yield clocks.start(c, ClockKind.DECISION, now, c.promisedDays)
                            .call(() -> events.publish(c.departmentCode, new AcceptanceDecided(c.caseId, "ACCEPTED", now, c.deadline, actor)));
                }
                case "NOTIFY" -> {
                    if (request.materials().isEmpty()) {
                        yield Uni.createFrom().failure(ProblemException.invalid("materials-required",
                                "一次性告知须列明需补正的全部材料", "A one-time notice must list every material to supply"));
                    }
                    yield supplements.request(c, request.materials(), request.declared(), actor);
                }
                default -> {
                    if (request.reasons() == null || request.reasons().isBlank()) {
                        yield Uni.createFrom().failure(ProblemException.invalid("reasons-required",
                                "不予受理必须书面说明理由", "Not accepting a file needs written reasons"));
                    }
                    if (!ApprovalRules.mayDecideNegatively(actor.post())) {
                        yield Uni.createFrom().failure(chiefOnly("refuse acceptance", "作出不予受理决定"));
                    }
                    c.legalBasis = blankToNull(request.legalBasis());
                    yield record(c, DecisionOutcome.NOT_ACCEPTED, "NOT_ACCEPTED_NOTICE", "不予受理决定书", request.reasons(), null, null, actor);
                }
            };
        });
    }

    @WithTransaction
    public Uni<ApprovalCase> decide(String caseId, Decision decision, Actor reviewer) {
        return openCase(caseId, reviewer).flatMap(c -> {
            if (c.status() == ApprovalCaseStatus.AWAITING_ACCEPTANCE) {
                return Uni.createFrom().failure(ProblemException.conflict("not-accepted-yet",
                        "该办件尚未受理，须先作出受理决定", "The case must be accepted before it is decided"));
            }
            boolean approved = DecisionOutcome.APPROVED.name().equals(decision.outcome());
            if (approved && (decision.resultKind() == null || decision.resultTitle() == null || decision.resultTitle().isBlank())) {
                return Uni.createFrom().failure(ProblemException.invalid("result-required",
                        "准予许可须写明办理结果的种类和名称", "An approval needs the result's kind and title"));
            }
            if (!approved && (decision.reasons() == null || decision.reasons().isBlank())) {
                return Uni.createFrom().failure(ProblemException.invalid("reasons-required",
                        "不予许可必须书面说明理由", "A denial must give written reasons"));
            }
            if (!approved && !ApprovalRules.mayDecideNegatively(reviewer.post())) {
                return Uni.createFrom().failure(chiefOnly("deny", "作出不予许可决定"));
            }
            return joint.mayDecide(c, reviewer).chain(() -> ExaminationService.openSteps(c.caseId)).flatMap(open -> {
                if (!open.isEmpty()) {
                    return Uni.createFrom().failure(ProblemException.conflict("step-open",
                            "尚有未完成的审查环节（" + open.get(0).kind + "），不能作出决定",
                            "An examination step is still open (" + open.get(0).kind + ")"));
                }
                return approved
                        ? record(c, DecisionOutcome.APPROVED, decision.resultKind(), decision.resultTitle(), decision.reasons(),
                        decision.resultNumber(), decision.validUntil(), reviewer)
                        : denied(c, decision, reviewer);
            });
        });
    }

    private Uni<ApprovalCase> denied(ApprovalCase c, Decision decision, Actor reviewer) {
        c.legalBasis = blankToNull(decision.legalBasis());
        return record(c, DecisionOutcome.DENIED, "DENIAL_LETTER", "不予许可决定书", decision.reasons(), null, null, reviewer);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    /**
     * 容缺 expiry: the owed materials did not come by their deadline; the case is terminated and the
     * written denial issued at once (the limit is 2 working days), originals returned via the window.
     */
    Uni<ApprovalCase> terminate(ApprovalCase c, java.time.LocalDate owedBy, Instant denialDue) {
        c.denialDueAt = denialDue;
        c.legalBasis = null; // the commitment the applicant signed, then the item's basis (letterFacts)
        return record(c, DecisionOutcome.TERMINATED, "DENIAL_LETTER", "终止办理决定书",
                "容缺受理后申请人未在承诺期限内补交材料（期限至" + owedBy + "），依承诺终止办理；申请材料原件经综合窗口退还申请人。",
                null, null, QUEUE);
    }

    /** Records a decision and announces it; negative decisions carry the applicant's rights. */
    Uni<ApprovalCase> record(ApprovalCase c, DecisionOutcome outcome, String resultKind, String resultTitle, String reasons,
                             String resultNumber, java.time.LocalDate validUntil, Actor actor) {
        return record(c, outcome, resultKind, resultTitle, reasons, resultNumber, validUntil, actor, false);
    }

    /**
     * {@code settledAtWindow}: only the window's own decision under its approve-on-the-spot delegation, made as
     * the case is queued — a 当场办结 case that a department decides later (no first handler was known) is
     * handed over as any other.
     */
    private Uni<ApprovalCase> record(ApprovalCase c, DecisionOutcome outcome, String resultKind, String resultTitle, String reasons,
                                     String resultNumber, java.time.LocalDate validUntil, Actor actor, boolean settledAtWindow) {
        c.becomes(ApprovalCaseStatus.of(outcome));
        c.outcome = outcome.name();
        c.resultKind = resultKind;
        c.resultTitle = resultTitle;
        c.reasons = reasons;
        c.resultNumber = resultNumber;
        c.validUntil = validUntil;
        c.remedies = outcome == DecisionOutcome.APPROVED ? null : remedies.forDepartment(c.departmentCode).text();
        c.decidedById = actor.userId();
        c.decidedByName = actor.name();
        c.decidedByPost = actor.post();
        c.decidedAt = clock.instant();
        return letterFacts(c).flatMap(x -> {
            var decided = new CaseDecided(c.caseId, c.itemCode, c.itemName, c.departmentCode,
                    Terms.of(DecisionOutcome.class, c.outcome), c.resultKind, c.resultTitle, c.reasons, c.applicantName,
                    Terms.of(DeliveryMethod.class, c.deliveryMethod), c.decidedAt, actor, c.bundle(), c.remedies,
                    settledAtWindow, c.departmentName, c.legalBasis, c.denialDueAt,
                    c.pickupHallCode); // 区域通办: where issuance hands it out (null before halls: the home hall)
            return events.publish(c.departmentCode, decided)
                    // 告知承诺: an approval starts the verification of the commitments the applicant signed in place of proofs
                    .call(() -> outcome == DecisionOutcome.APPROVED ? commitments.approved(c) : Uni.createFrom().voidItem())
                    .replaceWith(c);
        });
    }

    /**
     * What the applicant's written decision prints about the authority and the law, fixed with the decision: the
     * department's name and the item's legal basis from the catalogue version in force when the case was taken in.
     * A legal basis the department gave with a negative decision is kept as given; a 容缺 termination rests on the
     * commitment the applicant signed first. An approval prints neither (its certificate names the issuer).
     */
    private Uni<Void> letterFacts(ApprovalCase c) {
        Instant at = c.acceptedAt != null ? c.acceptedAt : c.decidedAt;
        return CatalogueCopy.inForce(c.itemCode, at).invoke(item -> {
            // 上报件: the higher authority decided, and its name is printed
            c.departmentName = item == null ? null : c.forwardedTo != null && item.authorityName != null ? item.authorityName
                    : item.departmentName;
            String itemBasis = item == null ? null : item.legalBasis;
            if (DecisionOutcome.APPROVED.name().equals(c.outcome)) {
                c.legalBasis = null;
            } else if (DecisionOutcome.TERMINATED.name().equals(c.outcome)) {
                c.legalBasis = "申请人签署的《容缺受理承诺书》" + (itemBasis == null ? "" : "；" + itemBasis);
            } else if (c.legalBasis == null) {
                c.legalBasis = itemBasis;
            }
        }).replaceWithVoid();
    }

    static ProblemException chiefOnly(String en, String zh) {
        return ProblemException.forbidden("chief-representative-required", "须由首席代表" + zh,
                "Only the chief representative may " + en);
    }

    /**
     * A department (person or system) sees and acts on its own cases only. Another department's case is
     * answered exactly as a case that does not exist (#20, item 10): a 403 would tell a curious insider
     * that the number is a case, and whose.
     */
    static void requireOwnDepartment(ApprovalCase c, String department) {
        // 上报件: once forwarded, the higher authority acts on the case as its own
        if (!c.departmentCode.equals(department) && (c.forwardedTo == null || !c.forwardedTo.equals(department))) {
            throw ProblemException.notFound("办件 case", c.caseId);
        }
    }
}
