package cn.onewindow.approval.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.domain.CommitmentCheckRules;
import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.model.CommitmentCheck;
import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.CaseTakenIn;
import cn.onewindow.contracts.events.CommitmentCheckRecorded;
import cn.onewindow.contracts.events.CommitmentFoundFalse;
import cn.onewindow.contracts.vocabulary.DecisionOutcome;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.time.CalendarHolder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * 告知承诺核查: the department verifies, after an approval, each proof the applicant replaced by a signed commitment.
 * The commitments come with the case's take-in (intake's event, read apart from routing's, so in either order with
 * the decision): a verification is due {@code commitmentCheckDays} working days after the approval
 * ({@link CommitmentCheckRules}). A finding is recorded once per material; FALSE (承诺不实) is announced for the
 * services that act on it (issuance revokes the result, intake blacklists the applicant, evaluation shows it).
 */
@ApplicationScoped
public class CommitmentChecks {
    /** The first key of the advisory lock on a case's commitments (ApprovalService 7_310_001, TrailChainer 7_310_002, Webhooks 7_310_003). */
    static final int LOCK_CLASS = 7_310_004;
    private final CaseEvents events;
    private final Clock clock;
    private final CalendarHolder calendars;

    public CommitmentChecks(CaseEvents events, Clock clock, CalendarHolder calendars) {
        this.events = events;
        this.clock = clock;
        this.calendars = calendars;
    }

    /**
     * The case's commitments arrive (inbox transaction of the take-in's event); nothing when it has none. The case's
     * commitment lock first, the case read in a statement of its own: a decision that committed while this waited is
     * seen (and its checks scheduled here); one still to come waits for this transaction and then finds the checks
     * ({@link #approved}). The row is read in SQL, not through the session, which may hold an older copy; a case not
     * routed yet has no row, and its decision will find the checks the same way.
     */
    public Uni<Void> takenIn(CaseTakenIn t) {
        if (t.commitments() == null || t.commitments().isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        return lock(t.caseId())
                .chain(() -> SessionSql.select("select outcome, decided_at from approval_case where case_id = $1", t.caseId()))
                .flatMap(rows -> {
                    Instant approvedAt = !rows.isEmpty() && DecisionOutcome.APPROVED.name().equals(rows.get(0)[0])
                            ? toInstant(rows.get(0)[1]) : null;
                    return Multi.createFrom().iterable(t.commitments()).onItem().transformToUniAndConcatenate(code -> {
                        var check = new CommitmentCheck();
                        check.caseId = t.caseId();
                        check.materialCode = code;
                        check.departmentCode = t.departmentCode();
                        check.checkDays = t.commitmentCheckDays() == null || t.commitmentCheckDays() < 1
                                ? CommitmentCheckRules.DEFAULT_CHECK_DAYS : t.commitmentCheckDays();
                        check.takenInAt = t.acceptedAt();
                        if (approvedAt != null) {
                            schedule(check, approvedAt); // approved before the take-in's event was read here
                        }
                        return check.persist();
                    }).collect().last().replaceWithVoid();
                });
    }

    /**
     * An approval starts the verifications of the case's commitments, if it has any (in the decision's transaction).
     * The lock first: a take-in's checks not yet committed are waited for, then listed by a statement of its own.
     */
    public Uni<Void> approved(ApprovalCase c) {
        return lock(c.caseId).chain(() -> CommitmentCheck.<CommitmentCheck>list("caseId = ?1 and dueAt is null", c.caseId))
                .invoke(checks -> checks.forEach(check -> schedule(check, c.decidedAt))).replaceWithVoid();
    }

    /** The case's commitment lock, held to the commit: the take-in's checks and the approval meet in one order. */
    static Uni<Void> lock(String caseId) {
        return SessionSql.select("select 1 from (select pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext($1))) l", caseId)
                .replaceWithVoid();
    }

    private static Instant toInstant(Object value) {
        return switch (value) {
            case null -> null;
            case Instant i -> i;
            case java.time.OffsetDateTime o -> o.toInstant();
            case java.time.LocalDateTime l -> l.toInstant(java.time.ZoneOffset.UTC);
            default -> throw new IllegalStateException("decided_at as " + value.getClass());
        };
    }

    private void schedule(CommitmentCheck check, Instant decidedAt) {
        check.decidedAt = decidedAt;
        check.dueAt = CommitmentCheckRules.due(calendars.calendar(), decidedAt, check.checkDays);
    }

    /** A finding on one commitment, as the department records it. */
    public record Finding(String materialCode, String outcome, String note) {
    }

    /**
     * Records the department's finding once: the same finding again is answered with the record (a resent request),
     * another one is refused (409). Another department's case is answered as one that does not exist.
     */
    @WithTransaction
    public Uni<CommitmentCheck> record(String caseId, Finding finding, Actor actor) {
        if (CommitmentCheckRules.noteMissing(finding.outcome(), finding.note())) {
            return Uni.createFrom().failure(ProblemException.invalid("note-required",
                    "核查认定承诺不实的，须写明核查发现的情况", "A commitment found false needs the finding in words (note)"));
        }
        return CommitmentCheck.<CommitmentCheck>findById(new CommitmentCheck.Key(caseId, finding.materialCode()))
                .onItem().ifNull().failWith(() -> notFound(caseId, finding.materialCode()))
                .flatMap(check -> {
                    if (!check.departmentCode.equals(actor.department())) {
                        return Uni.createFrom().failure(notFound(caseId, finding.materialCode()));
                    }
                    String note = finding.note() == null || finding.note().isBlank() ? null : finding.note().strip();
                    if (check.outcome != null) {
                        if (check.outcome.equals(finding.outcome()) && java.util.Objects.equals(check.note, note)) {
                            return Uni.createFrom().item(check); // the same finding again: recorded already, nothing twice
                        }
                        return Uni.createFrom().failure(ProblemException.conflict("commitment-already-checked",
                                "该承诺已核查（" + check.outcome + "），不能更改", "This commitment was checked already (" + check.outcome + ")"));
                    }
                    if (check.dueAt == null) {
                        return Uni.createFrom().failure(ProblemException.conflict("commitment-check-not-due",
                                "办件尚未准予许可，告知承诺在作出决定后核查", "The case is not approved: commitments are checked after the decision"));
                    }
                    Instant now = clock.instant();
                    check.outcome = finding.outcome();
                    check.note = note;
                    check.checkedAt = now;
                    check.checkedById = actor.userId();
                    check.checkedByName = actor.name();
                    check.checkedByPost = actor.post();
                    var recorded = new CommitmentCheckRecorded(caseId, check.materialCode, check.outcome, note, check.departmentCode,
                            check.dueAt, !now.isBefore(check.dueAt), now, actor);
                    Uni<?> announced = events.publish(check.departmentCode, recorded);
                    if ("FALSE".equals(check.outcome)) {
                        announced = announced.chain(() -> events.publish(check.departmentCode,
                                new CommitmentFoundFalse(caseId, check.materialCode, note, check.departmentCode, now, actor)));
                    }
                    return announced.replaceWith(check);
                });
    }

    /** The department's open verifications: DUE (within the limit) or OVERDUE (past it), nearest limit first. */
    @WithSession
    public Uni<List<CommitmentCheck>> open(String department, String status) {
        String past = "OVERDUE".equals(status) ? "dueAt <= ?2" : "dueAt > ?2";
        return CommitmentCheck.list("departmentCode = ?1 and outcome is null and dueAt is not null and " + past
                + " order by dueAt, caseId, materialCode", department, clock.instant());
    }

    private static ProblemException notFound(String caseId, String materialCode) {
        return ProblemException.notFound("告知承诺核查 commitment check", caseId + " " + materialCode);
    }
}
