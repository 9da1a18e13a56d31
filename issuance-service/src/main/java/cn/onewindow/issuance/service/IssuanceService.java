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
import cn.onewindow.issuance.model.IssuanceRecord;
import cn.onewindow.issuance.rest.PickupRequest;
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

    /** Runs inside the inbox transaction of the decision event. */
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
        r.status = IssuanceRecord.READY;
        r.decidedAt = decided.decidedAt();
        r.readyAt = clock.instant();
        var ready = new ResultReady(r.caseId, r.departmentCode, r.outcome, r.resultTitle, r.deliveryMethod, r.readyAt, WINDOW);
        return r.persist().call(() -> outbox.caseEvent(Topics.ISSUANCE_CASE, r.caseId, CaseEventTypes.RESULT_READY, ready))
                .replaceWithVoid();
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
