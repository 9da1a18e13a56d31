package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.common.events.Actor;
import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.Topics;
import cn.onewindow.common.events.cases.CaseDecided;
import cn.onewindow.common.events.cases.ResultDelivered;
import cn.onewindow.common.events.cases.ResultReady;
import cn.onewindow.common.outbox.Outbox;
import cn.onewindow.common.problem.ProblemException;
import cn.onewindow.issuance.model.DelegationCopy;
import cn.onewindow.issuance.model.BundleJoined;
import cn.onewindow.issuance.model.IssuanceRecord;
import cn.onewindow.issuance.rest.PickupRequest;
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

    public IssuanceService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /**
     * Runs inside the inbox transaction of the decision event. A case taken in alone is ready at once;
     * a part of a bundle waits until the bundle has joined and every part's result is here.
     */
    public Uni<Void> receive(CaseDecided decided) {
        var r = new IssuanceRecord();
        r.caseId = decided.caseId();
        r.departmentCode = decided.departmentCode();
        r.itemCode = decided.itemCode();
        r.outcome = decided.outcome();
        r.resultKind = decided.resultKind();
        r.resultTitle = decided.resultTitle() == null ? "审批结果" : decided.resultTitle();
        r.applicantName = decided.applicantName();
        r.deliveryMethod = decided.deliveryMethod();
        r.decidedAt = decided.decidedAt();
        if (decided.bundle() == null) {
            r.status = IssuanceRecord.READY;
            return r.persist().call(() -> ready(r)).replaceWithVoid();
        }
        r.bundleId = decided.bundle().bundleId();
        r.bundleSize = decided.bundle().size();
        r.status = IssuanceRecord.WAITING_FOR_BUNDLE;
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
                if (parts.size() < joined.size || parts.stream().noneMatch(p -> IssuanceRecord.WAITING_FOR_BUNDLE.equals(p.status))) {
                    return Uni.createFrom().voidItem();
                }
                Uni<Void> chain = Uni.createFrom().voidItem();
                for (var p : parts) {
                    chain = chain.call(() -> ready(p));
                }
                return chain;
            });
        });
    }

    private Uni<?> ready(IssuanceRecord r) {
        r.status = IssuanceRecord.READY;
        r.readyAt = clock.instant();
        var ready = new ResultReady(r.caseId, r.departmentCode, r.outcome, r.resultTitle, r.deliveryMethod, r.readyAt, WINDOW);
        return outbox.caseEvent(Topics.ISSUANCE_CASE, r.caseId, CaseEventTypes.RESULT_READY, ready);
    }

    /** Parts of one bundle arrive on different partitions and topics: one transaction at a time per bundle. */
    private static Uni<Long> lockBundle(String bundleId) {
        return Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select count(*) from (select pg_advisory_xact_lock(hashtext(:k))) l", Long.class)
                .setParameter("k", "bundle:" + bundleId).getSingleResult());
    }

    @WithSession
    public Uni<List<IssuanceRecord>> list(String status) {
        return IssuanceRecord.find("status = ?1 order by readyAt", status).list();
    }

    @WithSession
    public Uni<IssuanceRecord> find(String caseId) {
        return IssuanceRecord.<IssuanceRecord>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("待出件结果 result", caseId));
    }

    @WithTransaction
    public Uni<IssuanceRecord> pickup(String caseId, PickupRequest pickup, Actor clerk) {
        return IssuanceRecord.<IssuanceRecord>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("待出件结果 result", caseId))
                .flatMap(r -> {
                    if (!IssuanceRecord.READY.equals(r.status)) {
                        return Uni.createFrom().failure(ProblemException.conflict("already-delivered",
                                "该结果已送达，不能重复出件", "This result was already delivered"));
                    }
                    Instant now = clock.instant();
                    return DelegationCopy.windowHolds(r.itemCode, DelegationCopy.DELIVER, now).flatMap(holds -> {
                        if (!holds) {
                            return Uni.createFrom().failure(ProblemException.forbidden("not-delegated",
                                    "窗口未获得该事项（" + r.itemCode + "）的审批结果送达授权，须由部门送达",
                                    "The window holds no deliver power for item " + r.itemCode));
                        }
                        return deliver(r, pickup, clerk, now);
                    });
                });
    }

    /** Registers the pickup (identity checked, signature kept) and announces the delivery. */
    private Uni<IssuanceRecord> deliver(IssuanceRecord r, PickupRequest pickup, Actor clerk, Instant now) {
        r.status = IssuanceRecord.DELIVERED;
        r.deliveredAt = now;
        r.receivedBy = pickup.receivedBy();
        r.identityChecked = pickup.identityChecked();
        r.signature = pickup.signature();
        r.handedById = clerk.userId();
        r.handedByName = clerk.name();
        var delivered = new ResultDelivered(r.caseId, r.departmentCode, "PICKUP", r.receivedBy, null,
                r.deliveredAt, clerk);
        return outbox.caseEvent(Topics.ISSUANCE_CASE, r.caseId, CaseEventTypes.RESULT_DELIVERED, delivered)
                .replaceWith(r);
    }
}
