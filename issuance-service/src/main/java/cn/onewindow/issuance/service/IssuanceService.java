package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.contracts.events.ResultDelivered;
import cn.onewindow.contracts.events.ResultReady;
import cn.onewindow.contracts.vocabulary.DecisionOutcome;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IssuanceStatus;
import cn.onewindow.contracts.vocabulary.Terms;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.issuance.domain.IssuanceLimits;
import cn.onewindow.issuance.model.BundleJoined;
import cn.onewindow.issuance.model.DelegationCopy;
import cn.onewindow.issuance.model.IssuanceRecord;
import cn.onewindow.issuance.model.Notification;
import cn.onewindow.issuance.notify.NotificationSettings;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** The unified issuance window: receives decided results and registers their delivery. */
@ApplicationScoped
public class IssuanceService {
    private static final Actor WINDOW = Actor.system("issuance-service");
    private final Outbox outbox;
    private final Clock clock;
    private final CertificateService certificates;
    private final CalendarHolder calendars;
    private final String channel;
    private final PickupHalls halls;

    public IssuanceService(Outbox outbox, Clock clock, CertificateService certificates, CalendarHolder calendars,
                           NotificationSettings notifications, PickupHalls halls) {
        this.halls = halls;
        this.outbox = outbox;
        this.clock = clock;
        this.certificates = certificates;
        this.calendars = calendars;
        this.channel = notifications.channel();
    }

    /**
     * Runs inside the inbox transaction of the decision event. A case taken in alone now awaits its
     * result at the window; a part of a bundle first waits until the bundle has joined and every part's
     * decision is here.
     */
    public Uni<Void> receive(CaseDecided decided) {
        if (decided.outcome() == null) {
            // a decision the vocabulary does not know (a newer approval service): nothing can be issued for it, not even
            // the right letter — the record goes to the dead letters for the operator, and is replayed once issuance knows it
            throw new MalformedEventException("decision of " + decided.caseId() + " names an outcome issuance does not know");
        }
        var r = new IssuanceRecord();
        r.caseId = decided.caseId();
        r.departmentCode = decided.departmentCode();
        r.itemCode = decided.itemCode();
        r.outcome = Terms.code(decided.outcome());
        r.resultKind = decided.resultKind();
        r.resultTitle = decided.resultTitle() == null ? "审批结果" : decided.resultTitle();
        r.applicantName = decided.applicantName();
        r.deliveryMethod = Terms.code(decided.deliveryMethod());
        r.decidedAt = decided.decidedAt();
        r.itemName = decided.itemName();
        r.pickupHallCode = halls.of(decided); // 区域通办: where the applicant collects it (its hours place the warnings)
        if (WrittenDecisions.isNegative(r.outcome)) {
            // the written decision's contents, kept as issued: the letter is rendered from them whenever it is asked for
            r.reasons = decided.reasons();
            r.legalBasis = decided.legalBasis();
            r.authority = decided.departmentName();
            r.remedies = decided.remedies();
            r.denialDueAt = decided.denialDueAt();
        }
        // an approval is also issued as an electronic certificate (电子证照), signed now
        Uni<?> certificate = decided.outcome() == DecisionOutcome.APPROVED
                ? certificates.issue(decided) : Uni.createFrom().nullItem();
        return certificate.flatMap(x -> place(r, decided));
    }

    private Uni<Void> place(IssuanceRecord r, CaseDecided decided) {
        if (decided.bundle() == null && decided.settledAtWindow()) {
            // 当场办结: the window made the result itself, so it is at the window already — nobody hands it over; the
            // issuance service places it (the event's actor), the clerk who settled it is where it came from
            String clerk = decided.actor() == null || decided.actor().name() == null ? "窗口" : decided.actor().name();
            r.startsAs(IssuanceStatus.READY);
            ResultReady ready = markReady(r, WINDOW, clerk + "（窗口当场办结）");
            return r.persist().call(() -> announceReady(r, ready, true)).replaceWithVoid();
        }
        if (decided.bundle() == null) {
            r.startsAs(IssuanceStatus.AWAITING_ARRIVAL);
            awaitArrival(r);
            return r.persist().call(() -> takeEarlyHandover(r)).replaceWithVoid();
        }
        r.bundleId = decided.bundle().bundleId();
        r.bundleSize = decided.bundle().size();
        r.startsAs(IssuanceStatus.WAITING_FOR_BUNDLE);
        return lockBundle(r.bundleId).call(() -> r.persist()).call(() -> Panache.getSession().flatMap(s -> s.flush()))
                .flatMap(x -> releaseIfComplete(r.bundleId));
    }

    /** Runs inside the inbox transaction of routing's bundle-joined event. */
    public Uni<Void> bundleJoined(String bundleId, int size, Instant joinedAt) {
        return lockBundle(bundleId).flatMap(x -> BundleJoined.<BundleJoined>findById(bundleId)).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem();
            }
            var j = new BundleJoined();
            j.bundleId = bundleId;
            j.size = size;
            j.joinedAt = joinedAt;
            return j.persist().call(() -> Panache.getSession().flatMap(s -> s.flush())).flatMap(y -> releaseIfComplete(bundleId));
        });
    }

    /** Releases every part of a joined bundle once all are here: issued once, together. */
    private Uni<Void> releaseIfComplete(String bundleId) {
        return BundleJoined.<BundleJoined>findById(bundleId).flatMap(joined -> {
            if (joined == null) {
                return Uni.createFrom().voidItem();
            }
            return IssuanceRecord.<IssuanceRecord>list("bundleId = ?1 order by caseId", bundleId).flatMap(parts -> {
                if (parts.size() < joined.size || parts.stream().noneMatch(p -> p.status() == IssuanceStatus.WAITING_FOR_BUNDLE)) {
                    return Uni.createFrom().voidItem();
                }
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (var p : parts) {
                    chain = chain.invoke(() -> {
                        p.becomes(IssuanceStatus.AWAITING_ARRIVAL);
                        awaitArrival(p);
                    }).call(() -> takeEarlyHandover(p));
                }
                return chain;
            });
        });
    }

    /**
     * Released for issuance (the caller has made it {@link IssuanceStatus#AWAITING_ARRIVAL}): the department now has
     * 1 working day to bring the result to the window.
     */
    private void awaitArrival(IssuanceRecord r) {
        var cal = calendars.calendar();
        r.arrivalDueAt = IssuanceLimits.arrivalDue(cal, r.decidedAt);
        r.arrivalWarnAt = IssuanceLimits.warnAt(cal, r.arrivalDueAt, halls.hoursOf(r));
    }

    /**
     * The result reached the issuance window (the department handed it over, or the clerk registers
     * its receipt): ready to hand out, announced, and the applicant's notice queued in the same
     * transaction — the window has 1 working day to tell the applicant. An issuance clerk registers only a result
     * handed out at its own hall ({@code clerkHall}; 403 other-hall); a department hands over whatever it decided.
     */
    @WithTransaction
    public Uni<Arrival> arrived(String caseId, Actor actor, boolean departmentPost, String clerkHall) {
        // only a department's hand-over, of what can be a case number, is kept ahead of its decision
        boolean mayWait = departmentPost && EarlyHandovers.possibleCaseNumber(caseId, clock.instant(), clock.getZone());
        return IssuanceRecord.<IssuanceRecord>findById(caseId)
                .flatMap(found -> found != null || !mayWait
                        ? Uni.createFrom().item(found)
                        // not here yet: under the case's hand-over lock, so the decision's transaction either committed
                        // before this look (found) or settles this hand-over after it
                        : EarlyHandovers.lock(caseId).chain(() -> IssuanceRecord.<IssuanceRecord>findById(caseId)))
                .flatMap(r -> {
                    if (r == null) {
                        if (!mayWait) {
                            return Uni.createFrom().failure(new ProblemException(404, "not-found",
                                    "未找到待出件结果：" + caseId + "（刚作出的决定需片刻才送达出件窗口，请稍后重试）",
                                    "No result to issue for " + caseId + " (a decision just made reaches the issuance window a moment later; try again shortly)"));
                        }
                        // a decision reaches this service as an event: a hand-over right after it may come first
                        return EarlyHandovers.record(caseId, actor, clock.instant()).map(Arrival::early);
                    }
                    if (departmentPost && !r.departmentCode.equals(actor.department())) {
                        return Uni.createFrom().failure(ProblemException.forbidden("other-department",
                                "该结果属于其他部门（" + r.departmentCode + "）", "This result belongs to another department (" + r.departmentCode + ")"));
                    }
                    if (!departmentPost) {
                        halls.requireClerkOf(r, clerkHall);
                    }
                    if (r.status() != IssuanceStatus.AWAITING_ARRIVAL) {
                        boolean waitingForBundle = r.status() == IssuanceStatus.WAITING_FOR_BUNDLE;
                        return Uni.createFrom().failure(ProblemException.conflict("not-awaiting-arrival",
                                waitingForBundle ? "一件事的其他部门尚未办结，结果须一并出件"
                                        : "该结果已送达出件窗口（" + r.status + "）",
                                waitingForBundle ? "The bundle's other departments have not all decided"
                                        : "The result already reached the window (" + r.status + ")"));
                    }
                    r.becomes(IssuanceStatus.READY);
                    ResultReady ready = markReady(r, actor, actor.name());
                    return announceReady(r, ready, false).replaceWith(Arrival.ready(r));
                });
    }

    /** What a hand-over did: the result is at the window ({@code ready}), or the hand-over waits for its decision. */
    public record Arrival(IssuanceRecord ready, EarlyHandovers.Recorded early) {
        static Arrival ready(IssuanceRecord r) {
            return new Arrival(r, null);
        }

        static Arrival early(EarlyHandovers.Recorded e) {
            return new Arrival(null, e);
        }
    }

    /**
     * A result now awaiting its hand-over: a department's hand-over that came before the decision did is settled
     * now, under the lock {@link #arrived} takes — applied (the result is ready, in this transaction), or refused.
     */
    private Uni<Void> takeEarlyHandover(IssuanceRecord r) {
        Instant now = clock.instant();
        return EarlyHandovers.lock(r.caseId).chain(() -> EarlyHandovers.settle(r.caseId, r.departmentCode, now))
                .flatMap(applied -> {
                    if (applied == null || r.status() != IssuanceStatus.AWAITING_ARRIVAL) {
                        return Uni.createFrom().voidItem();
                    }
                    r.becomes(IssuanceStatus.READY);
                    ResultReady ready = markReady(r, applied, applied.name());
                    return announceReady(r, ready, false);
                });
    }

    /**
     * The result is at the issuance window (the caller has made it {@link IssuanceStatus#READY}): ready to hand out, and
     * the window has 1 working day to tell the applicant.
     */
    private ResultReady markReady(IssuanceRecord r, Actor actor, String arrivedFrom) {
        var cal = calendars.calendar();
        Instant now = clock.instant();
        r.arrivedAt = now;
        r.readyAt = now;
        r.arrivedFrom = arrivedFrom;
        r.notifyDueAt = IssuanceLimits.notifyDue(cal, now);
        r.notifyWarnAt = IssuanceLimits.warnAt(cal, r.notifyDueAt, halls.hoursOf(r));
        return new ResultReady(r.caseId, r.departmentCode, Terms.of(DecisionOutcome.class, r.outcome), r.resultTitle,
                Terms.of(DeliveryMethod.class, r.deliveryMethod), r.readyAt, actor);
    }

    /**
     * Queues the applicant's notice and announces the result ready, in the transaction that made it ready. A
     * result settled at the window is told as such: the applicant may still be standing there.
     */
    private Uni<Void> announceReady(IssuanceRecord r, ResultReady ready, boolean settledAtWindow) {
        var n = new Notification();
        n.id = java.util.UUID.randomUUID();
        n.caseId = r.caseId;
        n.kind = "RESULT_READY";
        n.channel = channel;
        n.recipient = "applicant-" + r.caseId;
        // a negative decision's notice says what was decided, where the letter is and that the remedies are open
        n.body = WrittenDecisions.isNegative(r.outcome) ? WrittenDecisions.of(r).notice(r.departmentCode, DeliveryMethod.PICKUP.name().equals(r.deliveryMethod))
                : r.applicantName + "：您申请的办件" + r.caseId + (settledAtWindow ? "已当场办结，"
                + (DeliveryMethod.PICKUP.name().equals(r.deliveryMethod) ? "请在统一出件窗口领取办理结果（" + r.resultTitle + "）；如已离开大厅，请携带身份证件前来领取。"
                        : "办理结果（" + r.resultTitle + "）将以邮寄方式送达。")
                : "的办理结果（" + r.resultTitle + "）已到统一出件窗口，"
                + (DeliveryMethod.PICKUP.name().equals(r.deliveryMethod) ? "请携带身份证件到统一出件窗口领取。" : "将以邮寄方式送达。"));
        n.status = Notification.PENDING;
        n.nextAttemptAt = ready.readyAt();
        n.createdAt = ready.readyAt();
        return n.persist()
                .call(() -> outbox.publish(ready))
                .replaceWithVoid();
    }

    /** Parts of one bundle arrive on different partitions and topics: one transaction at a time per bundle. */
    private static Uni<Long> lockBundle(String bundleId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(hashtext(:k))) l", Long.class)
                .setParameter("k", "bundle:" + bundleId).getSingleResult());
    }

    /** The results in {@code status}; those handed out at {@code hall} only (null: every hall's, for the supervisor). */
    @WithSession
    public Uni<List<IssuanceRecord>> list(String status, String hall) {
        return hall == null ? IssuanceRecord.find("status = ?1 order by readyAt", status).list()
                : IssuanceRecord.find("status = :status and " + halls.atHall(hall) + " order by readyAt",
                        io.quarkus.panache.common.Parameters.with("status", status).and("hall", hall)).list();
    }

    public PickupHalls halls() {
        return halls;
    }

    @WithSession
    public Uni<IssuanceRecord> find(String caseId) {
        return IssuanceRecord.<IssuanceRecord>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("待出件结果 result", caseId));
    }

    /** Hands the result out: only at its pickup hall ({@code clerkHall} must be it: 403 other-hall, nothing written). */
    @WithTransaction
    public Uni<IssuanceRecord> pickup(String caseId, PickupCommand pickup, Actor clerk, String clerkHall) {
        return IssuanceRecord.<IssuanceRecord>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("待出件结果 result", caseId))
                .flatMap(r -> {
                    halls.requireClerkOf(r, clerkHall);
                    if (r.status() != IssuanceStatus.READY) {
                        return Uni.createFrom().failure(ProblemException.conflict("already-delivered",
                                "该结果不在待领取状态（" + r.status + "），不能出件", "This result is not waiting for pickup (" + r.status + ")"));
                    }
                    // a bundle is handed out once, all its results together
                    Uni<List<IssuanceRecord>> parts = r.bundleId == null ? Uni.createFrom().item(List.of(r))
                            : IssuanceRecord.<IssuanceRecord>list("bundleId = ?1 order by caseId", r.bundleId);
                    Instant now = clock.instant();
                    return parts.flatMap(all -> {
                        var notReady = all.stream().filter(p -> p.status() != IssuanceStatus.READY).map(p -> p.caseId).toList();
                        if (!notReady.isEmpty()) {
                            return Uni.createFrom().failure(ProblemException.conflict("bundle-not-complete",
                                    "一件事须一次出件，以下结果尚未到出件窗口：" + String.join("、", notReady),
                                    "A bundle is handed out at once; not yet at the window: " + String.join(", ", notReady)));
                        }
                        Uni<Void> chain = Uni.createFrom().voidItem();
                        for (var p : all) {
                            chain = chain.call(() -> DelegationCopy.windowHolds(p.itemCode, DelegationCopy.DELIVER, now).flatMap(holds -> {
                                if (!holds) {
                                    return Uni.createFrom().failure(ProblemException.forbidden("not-delegated",
                                            "窗口未获得该事项（" + p.itemCode + "）的审批结果送达授权，须由部门送达",
                                            "The window holds no deliver power for item " + p.itemCode));
                                }
                                return deliver(p, pickup, clerk, now);
                            }));
                        }
                        return chain.replaceWith(r);
                    });
                });
    }

    /** Registers the pickup (identity checked, signature kept) and announces the delivery. */
    private Uni<IssuanceRecord> deliver(IssuanceRecord r, PickupCommand pickup, Actor clerk, Instant now) {
        r.becomes(IssuanceStatus.DELIVERED);
        r.deliveredAt = now;
        r.receivedBy = pickup.receivedBy();
        r.receiverRole = pickup.receiverRole() == null ? "APPLICANT" : pickup.receiverRole();
        r.identityChecked = pickup.identityChecked();
        r.signature = pickup.signature();
        r.handedById = clerk.userId();
        r.handedByName = clerk.name();
        var delivered = new ResultDelivered(r.caseId, r.departmentCode, DeliveryMethod.PICKUP, r.receivedBy, null,
                r.deliveredAt, clerk);
        return outbox.publish(delivered).replaceWith(r);
    }
}
