package cn.onewindow.evaluation.enquiry.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.EnquiryEscalated;
import cn.onewindow.evaluation.enquiry.model.Enquiry;
import cn.onewindow.evaluation.enquiry.model.EnquiryItem;
import cn.onewindow.evaluation.enquiry.rules.EnquiryNumbers;
import cn.onewindow.evaluation.enquiry.rules.VisitOutcome;
import cn.onewindow.evaluation.service.DepartmentScope;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.DueScan;
import cn.onewindow.platform.persistence.MonitorFlags;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.persistence.SkipLocked;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * 咨询答复 / 热线工单 (#24 item 5): an enquiry is received by the enquiry desk (or the supervisor) and becomes a work order
 * of the department that owns the item — the department of the version in force in evaluation's copy of the catalogue
 * ({@link EnquiryItem}), not a guess from the code's prefix. That department answers in writing within 3 working days
 * of receipt; one past its due unanswered is escalated once (督办, {@link EnquiryEscalated}), as the complaints' and
 * rectification orders' monitors do. The desk then visits the enquirer back (回访) and records their rating.
 */
@ApplicationScoped
public class EnquiryService {
    private static final Logger LOG = Logger.getLogger(EnquiryService.class);
    /** A written answer to an enquiry: 3 working days from receipt, as a complaint's written feedback. */
    public static final int ANSWER_WORKING_DAYS = 3;
    /** The enquiries, claimed 200 at a time, the longest overdue first. */
    private static final DueScan<Enquiry> ENQUIRIES = DueScan.of("enquiry", "number", 200,
            numbers -> Enquiry.<Enquiry>list("number in ?1 order by dueAt", numbers));
    private final Outbox outbox;
    private final Clock clock;
    private final CalendarHolder calendars;

    public EnquiryService(Outbox outbox, Clock clock, CalendarHolder calendars) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendars = calendars;
    }

    /** What the desk took down; {@code forwardedBy} names the hall or department that passed the enquiry on. */
    public record Received(String source, String itemCode, String question, String enquirerName, String phone,
                           String forwardedBy) {
    }

    @WithTransaction
    public Uni<Enquiry> receive(Received r, Actor actor) {
        if (!"HOTLINE".equals(r.source()) && (r.forwardedBy() == null || r.forwardedBy().isBlank())) {
            throw ProblemException.invalid("forwarded-by-required", "转来的咨询须写明转来的大厅或部门",
                    "An enquiry forwarded by a hall or department names who forwarded it (forwardedBy)");
        }
        Instant now = clock.instant();
        return EnquiryItem.inForce(r.itemCode(), now).flatMap(item -> {
            if (item == null || item.cancelled) {
                return Uni.createFrom().failure(new ProblemException(422, "unknown-item",
                        "事项目录中没有在用的事项：" + r.itemCode(), "No item in force has the code " + r.itemCode()));
            }
            return SessionSql.single(Long.class, "select nextval('enquiry_number_seq')").flatMap(seq -> {
                var e = new Enquiry();
                e.number = EnquiryNumbers.of(now.atZone(clock.getZone()).toLocalDate(), seq);
                e.source = r.source();
                e.forwardedBy = r.forwardedBy() == null || r.forwardedBy().isBlank() ? null : r.forwardedBy().strip();
                e.itemCode = item.code;
                e.itemName = item.itemName;
                e.departmentCode = item.departmentCode;
                e.question = r.question();
                e.enquirerName = r.enquirerName();
                e.phone = r.phone();
                e.receivedBy = actor.name();
                e.receivedById = actor.userId();
                e.receivedAt = now;
                e.dueAt = calendars.calendar().deadline(now, ANSWER_WORKING_DAYS);
                return e.<Enquiry>persist();
            });
        });
    }

    /**
     * {@code department}: a department post's own (its enquiries only); null for the desk and the supervisor. Open:
     * the unanswered, the nearest due first; else the latest 200 received.
     */
    @WithSession
    public Uni<List<Enquiry>> list(boolean open, String department) {
        String where = (open ? "answeredAt is null" : "1 = 1") + (department == null ? "" : " and departmentCode = ?1");
        String order = open ? " order by dueAt" : " order by receivedAt desc";
        var query = department == null ? Enquiry.<Enquiry>find(where + order) : Enquiry.<Enquiry>find(where + order, department);
        return query.page(0, 200).list();
    }

    @WithSession
    public Uni<Enquiry> get(String number) {
        return Enquiry.<Enquiry>findById(number).onItem().ifNull().failWith(() -> notFound(number));
    }

    /** The written answer, by the owning department's staff only (another department is refused first), once. */
    @WithTransaction
    public Uni<Enquiry> answer(String number, String text, Actor actor) {
        return locked(number).invoke(e -> {
            DepartmentScope.requireOwn(e.departmentCode, actor, false);
            if (e.answeredAt != null) {
                throw ProblemException.conflict("already-answered", "该咨询已书面答复", "This enquiry was answered already");
            }
            e.answer = text;
            e.answeredBy = actor.name();
            e.answeredById = actor.userId();
            e.answeredAt = clock.instant();
        });
    }

    /** 回访: after the answer, the desk calls the enquirer back; a visit that reached them carries their rating. */
    @WithTransaction
    public Uni<Enquiry> visit(String number, boolean reached, Integer satisfaction, String note, Actor actor) {
        return locked(number).invoke(e -> {
            if (e.answeredAt == null) {
                throw ProblemException.conflict("not-answered", "该咨询尚未书面答复，答复后再回访",
                        "The enquiry is not answered yet: visit back after the answer");
            }
            VisitOutcome.check(reached, satisfaction, Boolean.TRUE.equals(e.visitReached));
            e.visitAttempts++;
            e.visitReached = reached;
            e.visitSatisfaction = satisfaction;
            e.visitNote = note;
            e.visitedBy = actor.name();
            e.visitedById = actor.userId();
            e.visitedAt = clock.instant();
        });
    }

    @Scheduled(every = "${onewindow.enquiry.scan-every:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return DueScan.retryNextTick(escalateOverdue(), LOG, "enquiry monitor failed; next scan retries");
    }

    /** Escalates every unanswered enquiry past its due, once (the flag set by its own SQL), with its event. */
    public Uni<Integer> escalateOverdue() {
        Instant now = clock.instant();
        return ENQUIRIES.flag("answered_at is null and escalated_at is null and due_at <= :now", now, "escalated_at",
                e -> e.number, e -> outbox.publish(new EnquiryEscalated(e.number, e.source, e.itemCode, e.departmentCode,
                        e.dueAt, now)));
    }

    /**
     * After a calendar edit (EvaluationDeadlineRecount, in its transaction): the unanswered enquiries due from
     * {@code from} on are counted again from their receipt; one escalated on a due that has moved into the future is
     * re-armed, as the work orders are.
     */
    public Uni<Integer> recount(Instant from) {
        return Enquiry.<Enquiry>find("answeredAt is null and dueAt >= ?1", from)
                .<Enquiry>withLock(LockModeType.PESSIMISTIC_WRITE).<Enquiry>list()
                .flatMap(open -> {
                    var calendar = calendars.calendar();
                    Instant now = clock.instant();
                    return SkipLocked.inOrder(open, e -> {
                        Instant moved = calendar.deadline(e.receivedAt, ANSWER_WORKING_DAYS);
                        if (moved.equals(e.dueAt)) {
                            return Uni.createFrom().voidItem();
                        }
                        e.dueAt = moved;
                        return e.escalatedAt != null && moved.isAfter(now)
                                ? MonitorFlags.clear("enquiry", "number", e.number, "escalated_at")
                                : Uni.createFrom().voidItem();
                    }).replaceWith(open.size());
                });
    }

    /** Locked for the act, so that two answers (or visits) at the same moment are one after the other. */
    static Uni<Enquiry> locked(String number) {
        return Enquiry.<Enquiry>findById(number, LockModeType.PESSIMISTIC_WRITE).onItem().ifNull().failWith(() -> notFound(number));
    }

    private static ProblemException notFound(String number) {
        return ProblemException.notFound("咨询工单 enquiry", number);
    }
}
