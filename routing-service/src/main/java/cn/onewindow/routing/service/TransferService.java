package cn.onewindow.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.CaseEvent;
import cn.onewindow.contracts.events.TransferHandedOver;
import cn.onewindow.contracts.events.TransferPickedUp;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.routing.model.RoutingAssignment;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The paper handover (交接): the runner picks the file up at the window with the list of materials,
 * the receiving department confirms it arrived — both recorded, both announced.
 */
@ApplicationScoped
public class TransferService {
    private final Outbox outbox;
    private final Clock clock;

    public TransferService(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** TO_CARRY (waiting for a runner), IN_TRANSIT (picked up), HANDED_OVER; a department sees only its own. */
    @WithSession
    public Uni<List<RoutingAssignment>> list(String state, String department) {
        String where = switch (state) {
            case "TO_CARRY" -> "transferDueAt is not null and pickedUpAt is null";
            case "IN_TRANSIT" -> "pickedUpAt is not null and handedOverAt is null";
            default -> "handedOverAt is not null";
        };
        return department == null
                ? RoutingAssignment.find(where + " order by transferDueAt").list()
                : RoutingAssignment.find(where + " and departmentCode = ?1 order by transferDueAt", department).list();
    }

    @WithTransaction
    public Uni<RoutingAssignment> pickUp(String caseId, List<String> materials, Actor runner) {
        return open(caseId).flatMap(a -> {
            if (a.pickedUpAt != null) {
                return Uni.createFrom().failure(ProblemException.conflict("already-picked-up",
                        "该案卷已由" + a.pickedUpByName + "取走", "Already picked up by " + a.pickedUpByName));
            }
            a.pickedUpBy = runner.userId();
            a.pickedUpByName = runner.name();
            a.pickedUpAt = clock.instant();
            a.materials = String.join(",", materials);
            return announce(a, TransferPickedUp::new, a.pickedUpAt, runner);
        });
    }

    /** The receiving department confirms the handover; only that department may. */
    @WithTransaction
    public Uni<RoutingAssignment> handOver(String caseId, Actor receiver) {
        return open(caseId).flatMap(a -> {
            if (!a.departmentCode.equals(receiver.department())) {
                return Uni.createFrom().failure(ProblemException.forbidden("other-department",
                        "只有承办部门（" + a.departmentCode + "）可以确认接收", "Only the receiving department (" + a.departmentCode
                                + ") confirms the handover"));
            }
            if (a.pickedUpAt == null) {
                return Uni.createFrom().failure(ProblemException.conflict("not-picked-up",
                        "案卷尚未由物料流转员取件", "No runner has picked the file up yet"));
            }
            a.handedOverAt = clock.instant();
            a.receivedBy = receiver.userId();
            a.receivedByName = receiver.name();
            return announce(a, TransferHandedOver::new, a.handedOverAt, receiver);
        });
    }

    private Uni<RoutingAssignment> open(String caseId) {
        return RoutingAssignment.<RoutingAssignment>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("流转案卷 transfer", caseId))
                .invoke(a -> {
                    if (a.transferDueAt == null) {
                        throw ProblemException.conflict("nothing-to-carry", "该办件当场办结，无纸质案卷流转",
                                "This case was settled on the spot: no paper file travels");
                    }
                    if (a.handedOverAt != null) {
                        throw ProblemException.conflict("already-handed-over", "该案卷已交接完毕", "Already handed over");
                    }
                });
    }

    /** Either leg of the handover: the pickup and the handover are announced with the same facts. */
    @FunctionalInterface
    private interface Leg {
        CaseEvent of(String caseId, String departmentCode, String materials, Instant at, Instant dueAt, boolean onTime,
                     Actor actor);
    }

    private Uni<RoutingAssignment> announce(RoutingAssignment a, Leg leg, Instant at, Actor actor) {
        return outbox.publish(leg.of(a.caseId, a.departmentCode, a.materials == null ? "" : a.materials, at,
                a.transferDueAt, !at.isAfter(a.transferDueAt), actor)).replaceWith(a);
    }
}
