package cn.onewindow.intake.delegation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.events.DelegationEnded;
import cn.onewindow.contracts.events.DelegationGranted;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.catalogue.service.CatalogueService;
import cn.onewindow.intake.delegation.model.Delegation;
import cn.onewindow.intake.delegation.rules.Power;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The delegation register: which powers each department has granted the hall's windows for each
 * item. A new grant for an item ends the previous one; an ended delegation or a cancelled item
 * leaves the window without powers for it. Every change is published on {@value Topics#DELEGATION}
 * and mirrored into the window staff's Keycloak tokens ({@link KeycloakDelegationSync}).
 */
@ApplicationScoped
public class DelegationService {
    private final Outbox outbox;
    private final Clock clock;
    private final String hall;

    public DelegationService(Outbox outbox, Clock clock, HallSettings hall) {
        this.outbox = outbox;
        this.clock = clock;
        this.hall = hall.code();
    }

    public record InForce(Delegation delegation, Set<Power> powers) {
        public static final InForce NONE = new InForce(null, EnumSet.noneOf(Power.class));
    }

    /** Grants powers from {@code startsAt} (now if absent or past: a grant is never backdated). */
    @WithTransaction
    public Uni<Delegation> grant(String itemCode, Set<Power> powers, Instant startsAt, Actor actor, String department) {
        Instant now = clock.instant();
        return create(itemCode, powers, startsAt == null || startsAt.isBefore(now) ? now : startsAt, actor, department);
    }

    /** The initial load of a hall's delegations as signed on their dates (demo data, migrations). */
    @WithTransaction
    public Uni<Delegation> load(String itemCode, Set<Power> powers, Instant signedFrom, Actor actor) {
        return create(itemCode, powers, signedFrom, actor, null);
    }

    private Uni<Delegation> create(String itemCode, Set<Power> powers, Instant start, Actor actor, String department) {
        if (powers.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid("no-powers", "至少授予一项权限", "Grant at least one power"));
        }
        Instant now = clock.instant();
        return CatalogueItem.<CatalogueItem>find("code = ?1 order by version desc", itemCode).firstResult()
                .onItem().ifNull().failWith(() -> new ProblemException(422, "unknown-item", "事项清单中没有该事项：" + itemCode,
                        "No catalogue item " + itemCode))
                .flatMap(item -> {
                    CatalogueService.requireOwnDepartment(item.departmentCode, department);
                    if (item.cancelled()) {
                        return Uni.createFrom().failure(ProblemException.conflict("item-cancelled",
                                "该事项已取消，不能委托", "The item is cancelled and cannot be delegated"));
                    }
                    return Delegation.<Delegation>list("hall = ?1 and itemCode = ?2 and endedAt is null", hall, itemCode)
                            .flatMap(previous -> {
                                previous.forEach(p -> {
                                    p.endedAt = start;
                                    p.endedBy = actor.username();
                                    p.endReason = "superseded";
                                });
                                // the superseded delegations' end is announced too, so every copy drops them
                                Uni<Void> ends = io.smallrye.mutiny.Multi.createFrom().iterable(previous)
                                        .onItem().transformToUniAndConcatenate(p -> ended(p, actor))
                                        .collect().last().replaceWithVoid();
                                var d = new Delegation();
                                d.id = UUID.randomUUID();
                                d.hall = hall;
                                d.departmentCode = item.departmentCode;
                                d.itemCode = itemCode;
                                d.powers = powers.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
                                d.startsAt = start;
                                d.termYears = 2;
                                d.autoRenew = true;
                                d.signedBy = actor.username();
                                d.signedAt = now;
                                return ends.chain(() -> d.<Delegation>persist())
                                        .call(() -> granted(d, actor)).replaceWith(d);
                            });
                });
    }

    @WithTransaction
    public Uni<Delegation> end(UUID id, String reason, Actor actor, String department) {
        Instant now = clock.instant();
        return Delegation.<Delegation>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("委托授权 delegation", id.toString()))
                .flatMap(d -> {
                    CatalogueService.requireOwnDepartment(d.departmentCode, department);
                    if (d.endedAt != null) {
                        return Uni.createFrom().failure(ProblemException.conflict("already-ended",
                                "该委托授权已终止", "This delegation has already ended"));
                    }
                    d.endedAt = now;
                    d.endedBy = actor.username();
                    d.endReason = reason;
                    return ended(d, actor).replaceWith(d);
                });
    }

    /** The delegation in force for an item at {@code at} (none if ended, expired, or the item is cancelled). */
    public Uni<InForce> inForce(String itemCode, Instant at, ZoneId zone) {
        return cancellationOf(itemCode, at).flatMap(cancelledAt -> inForce(itemCode, cancelledAt.orElse(null), at, zone));
    }

    /**
     * The same, for an item whose version in force at {@code at} the caller has already read (the take-in): that
     * version says whether the item is cancelled, so it is not read again.
     */
    public Uni<InForce> inForce(CatalogueItem versionInForce, Instant at, ZoneId zone) {
        return inForce(versionInForce.code, versionInForce.cancelled() ? versionInForce.effectiveFrom : null, at, zone);
    }

    private Uni<InForce> inForce(String itemCode, Instant cancelledAt, Instant at, ZoneId zone) {
        return Delegation.<Delegation>find("hall = ?1 and itemCode = ?2 and startsAt <= ?3 order by startsAt desc",
                        hall, itemCode, at).list()
                .map(candidates -> candidates.stream()
                        .filter(d -> d.term().inForce(at, cancelledAt, zone))
                        .findFirst().map(d -> new InForce(d, d.powerSet())).orElse(InForce.NONE));
    }

    /** When the item's cancellation takes effect, if one has taken effect by {@code at}. */
    private Uni<Optional<Instant>> cancellationOf(String itemCode, Instant at) {
        return CatalogueItem.inForce(itemCode, at)
                .map(v -> v != null && v.cancelled() ? Optional.of(v.effectiveFrom) : Optional.<Instant>empty());
    }

    /** Every delegation in force now, as the token claim values "ITEM:POWER+POWER". */
    @WithSession
    public Uni<List<String>> claimValues(ZoneId zone) {
        Instant now = clock.instant();
        return Delegation.<Delegation>list("hall = ?1 and startsAt <= ?2 and (endedAt is null or endedAt > ?2)", hall, now)
                .flatMap(all -> CatalogueItem.<CatalogueItem>list("status = 'CANCELLED' and effectiveFrom <= ?1", now)
                        .map(cancelled -> {
                            Set<String> gone = cancelled.stream().map(c -> c.code).collect(Collectors.toSet());
                            Set<String> values = new TreeSet<>();
                            all.stream().filter(d -> !gone.contains(d.itemCode) && d.term().inForce(now, null, zone))
                                    .forEach(d -> values.add(d.itemCode + ":" + d.powers.replace(',', '+')));
                            return List.copyOf(values);
                        }));
    }

    @WithSession
    public Uni<List<Delegation>> list(String itemCode, String department) {
        if (itemCode != null) {
            return Delegation.list("hall = ?1 and itemCode = ?2 order by startsAt desc", hall, itemCode);
        }
        if (department != null) {
            return Delegation.list("hall = ?1 and departmentCode = ?2 order by itemCode, startsAt desc", hall, department);
        }
        return Delegation.list("hall = ?1 order by itemCode, startsAt desc", hall);
    }

    private Uni<UUID> granted(Delegation d, Actor actor) {
        return outbox.publish(new DelegationGranted(d.id.toString(), d.hall, d.departmentCode, d.itemCode,
                List.of(d.powers.split(",")), d.startsAt, d.termYears, d.autoRenew, d.endedAt, d.endReason, actor));
    }

    private Uni<UUID> ended(Delegation d, Actor actor) {
        return outbox.publish(new DelegationEnded(d.id.toString(), d.hall, d.departmentCode, d.itemCode,
                List.of(d.powers.split(",")), d.startsAt, d.termYears, d.autoRenew, d.endedAt, d.endReason, actor));
    }
}
