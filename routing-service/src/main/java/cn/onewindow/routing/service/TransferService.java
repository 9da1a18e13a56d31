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
import cn.onewindow.platform.security.Posts;
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
        return department == null
                ? RoutingAssignment.find(where(state) + " order by transferDueAt").list()
                : RoutingAssignment.find(where(state) + " and departmentCode = ?1 order by transferDueAt", department).list();
    }

    /** 区域通办: the express transfers leaving {@code hall}'s window for other halls (what its clerk dispatches). */
    @WithSession
    public Uni<List<RoutingAssignment>> expressFrom(String state, String hall) {
        return RoutingAssignment.find(where(state) + " and hallCode = ?1 and owningHallCode is not null"
                + " and owningHallCode <> hallCode order by transferDueAt", hall).list();
    }

    private static String where(String state) {
        return switch (state) {
            case "TO_CARRY" -> "transferDueAt is not null and pickedUpAt is null";
            case "IN_TRANSIT" -> "pickedUpAt is not null and handedOverAt is null";
            default -> "handedOverAt is not null";
        };
    }

    /**
     * A pickup: the materials carried and, for a transfer between halls (区域通办), the express company and waybill the
     * taking hall's window posts the file with. {@code hall}: the dispatcher's token hall (null when it names none).
     */
    public record Dispatch(List<String> materials, String carrier, String waybill, String hall) {
        boolean express() {
            return carrier != null || waybill != null;
        }
    }

    /**
     * The file leaves the taking hall's window. Within one hall the runner carries it; between halls (区域通办) it goes
     * by express, dispatched by a window clerk or runner OF THE TAKING HALL with carrier and waybill — each refused
     * before anything is written.
     */
    @WithTransaction
    public Uni<RoutingAssignment> pickUp(String caseId, Dispatch d, Actor runner) {
        return open(caseId).flatMap(a -> {
            ProblemException refused = refusal(a, d, runner);
            if (refused != null) {
                return Uni.createFrom().failure(refused);
            }
            if (a.pickedUpAt != null) {
                return Uni.createFrom().failure(ProblemException.conflict("already-picked-up",
                        "该案卷已由" + a.pickedUpByName + "取走", "Already picked up by " + a.pickedUpByName));
            }
            a.pickedUpBy = runner.userId();
            a.pickedUpByName = runner.name();
            a.pickedUpAt = clock.instant();
            a.materials = String.join(",", d.materials());
            a.carrier = d.carrier();
            a.waybill = d.waybill();
            return outbox.publish(new TransferPickedUp(a.caseId, a.departmentCode, a.materials, a.pickedUpAt, a.transferDueAt,
                    !a.pickedUpAt.isAfter(a.transferDueAt), runner, a.carrier, a.waybill)).replaceWith(a);
        });
    }

    /** Why this dispatcher may not pick this file up so (null: it may). */
    static ProblemException refusal(RoutingAssignment a, Dispatch d, Actor runner) {
        String taking = a.hallCode;
        if (a.crossHall()) {
            if (d.hall() == null) {
                return ProblemException.forbidden("no-hall", "令牌中没有所属大厅", "The token names no hall");
            }
            if (!d.hall().equals(taking)) {
                return otherHall(taking);
            }
            if (isBlank(d.carrier()) || isBlank(d.waybill())) {
                return new ProblemException(422, "express-waybill-required",
                        "跨大厅流转的案卷须以快递寄送：请填写快递公司和运单号",
                        "A file travelling to another hall goes by express: give the carrier and the waybill number");
            }
            return null;
        }
        if (Posts.WINDOW_CLERK.equals(runner.post())) {
            return ProblemException.forbidden("runner-carries", "本厅内的案卷由物料流转员取件送达",
                    "Within one hall the material runner carries the file");
        }
        if (d.express()) {
            return new ProblemException(422, "not-express", "本厅内流转的案卷由物料流转员送达，不填写快递公司和运单号",
                    "A file that stays in its hall is carried by the runner: no carrier or waybill");
        }
        if (d.hall() != null && taking != null && !d.hall().equals(taking)) {
            return otherHall(taking);
        }
        return null;
    }

    private static ProblemException otherHall(String taking) {
        return ProblemException.forbidden("other-hall", "该案卷由其他大厅（" + taking + "）受理，只能由该大厅寄送",
                "The file was taken in at another hall (" + taking + "); only that hall dispatches it");
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
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

    /** The handover leg, announced with the facts of the transfer (the pickup adds the express carrier and waybill). */
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
