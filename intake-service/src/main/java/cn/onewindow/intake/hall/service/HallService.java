package cn.onewindow.intake.hall.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.events.HallPublished;
import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.catalogue.model.Department;
import cn.onewindow.intake.hall.model.HallVersion;
import cn.onewindow.intake.hall.rules.HallRules;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The halls of the network (区域通办) as data: each change is a new version, published on {@value Topics#HALL}
 * (HallPublished, in the same transaction through the outbox) so every service counts its limits in the right hall's
 * hours. A hall's admin changes only that hall.
 */
@ApplicationScoped
public class HallService {
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;
    private final String home;

    public HallService(Outbox outbox, Clock clock, ObjectMapper json, HallSettings settings) {
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
        this.home = settings.code();
    }

    /**
     * A hall as published: its definition and which version it is; {@code home}: the hall owning every item that names
     * no hall ({@code ItemDefinition.hallCode} null), so the web app can tell each item's owning hall.
     */
    public record Published(HallDefinition hall, int version, Instant publishedAt, String publishedBy, boolean home) {
    }

    /** The home hall's code: the owner of every item that names no hall. */
    public String home() {
        return home;
    }

    @WithSession
    public Uni<List<Published>> all() {
        return HallVersion.latestOfEach().map(l -> l.stream().map(this::published).toList());
    }

    /** The hall {@code code} as it is now; 404 when there is none. */
    @WithSession
    public Uni<Published> get(String code) {
        return HallVersion.latest(code).onItem().ifNull().failWith(() -> ProblemException.notFound("大厅 hall", code))
                .map(this::published);
    }

    /** The hall {@code code} as it is now, null when there is none (inside the caller's session). */
    public Uni<HallDefinition> known(String code) {
        return HallVersion.latest(code).map(v -> v == null ? null : read(v));
    }

    /**
     * The hall admin's change of their own hall: checked (403 {@code other-hall} for another hall's admin; 422
     * {@code hall-rules} with every violation) and, when it changes anything, published as the next version. Nothing
     * is written when a check fails.
     */
    @WithTransaction
    public Uni<Published> change(String code, HallDefinition hall, Actor actor, String actorsHall) {
        if (!code.equals(hall.code())) {
            return Uni.createFrom().failure(ProblemException.invalid("hall-code-mismatch",
                    "地址中的大厅代码（" + code + "）与内容中的（" + hall.code() + "）不一致",
                    "The hall code in the path (" + code + ") differs from the body's (" + hall.code() + ")"));
        }
        if (!code.equals(actorsHall)) {
            return Uni.createFrom().failure(ProblemException.forbidden("other-hall",
                    "只能维护本大厅（" + actorsHall + "）的信息", "A hall admin maintains their own hall only (" + actorsHall + ")"));
        }
        Instant now = clock.instant();
        // two changes of one hall at once: the second waits for the first's commit and numbers its version after it
        // (without the lock both would take the same next version and one would end in the key's violation, a 500)
        return lock(code).chain(() -> HallVersion.latest(code)).flatMap(latest -> owners(hall.safeReceives(), now)
                .flatMap(owners -> Department.<Department>listAll().flatMap(depts -> {
            Set<String> known = depts.stream().map(d -> d.code).collect(Collectors.toSet());
            Map<String, String> violations = new LinkedHashMap<>(
                    HallRules.identityChanges(latest == null ? null : read(latest), hall));
            violations.putAll(HallRules.violations(hall, owners, known));
            if (!violations.isEmpty()) {
                return Uni.createFrom().failure(new ProblemException(422, "hall-rules",
                        "大厅信息不符合规则：" + String.join("；", violations.values()),
                        "The hall breaks the rules: " + String.join(", ", violations.keySet()), violations));
            }
            return store(hall, actor, now);
        })));
    }

    private static Uni<Void> lock(String code) {
        return SessionSql.select("select pg_advisory_xact_lock(hashtext($1))", "hall:" + code).replaceWithVoid();
    }

    /** Publishes {@code hall} unless its latest version says the same already (the demo's seeding at every start). */
    @WithTransaction
    public Uni<Published> seed(HallDefinition hall, Actor actor) {
        return store(hall, actor, clock.instant());
    }

    private Uni<Published> store(HallDefinition hall, Actor actor, Instant now) {
        return HallVersion.latest(hall.code()).flatMap(latest -> {
            if (latest != null && read(latest).equals(hall)) {
                return Uni.createFrom().item(published(latest)); // nothing changed: no version, no event
            }
            var v = new HallVersion();
            v.code = hall.code();
            v.version = latest == null ? 1 : latest.version + 1;
            v.name = hall.name();
            v.region = hall.region();
            v.kind = hall.kind();
            v.definition = write(hall);
            v.publishedAt = now;
            v.publishedBy = actor.username() == null ? actor.userId() : actor.username();
            return v.<HallVersion>persist()
                    .call(() -> outbox.publish(new HallPublished(hall, v.version, now, actor)))
                    .map(this::published);
        });
    }

    /** The owning hall of each of {@code codes} that is in force at {@code at} (absent: no such item in force). */
    private Uni<Map<String, String>> owners(List<String> codes, Instant at) {
        Map<String, String> out = new HashMap<>();
        return Multi.createFrom().iterable(Set.copyOf(codes)).onItem()
                .transformToUniAndConcatenate(c -> CatalogueItem.inForce(c, at).invoke(item -> {
                    if (item != null && !item.cancelled()) {
                        out.put(c, readItem(item).owningHall(home));
                    }
                })).collect().last().replaceWith(out);
    }

    private Published published(HallVersion v) {
        return new Published(read(v), v.version, v.publishedAt, v.publishedBy, home.equals(v.code));
    }

    public HallDefinition read(HallVersion v) {
        try {
            return json.readValue(v.definition, HallDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored hall " + v.code + "@v" + v.version + " is unreadable", e);
        }
    }

    private ItemDefinition readItem(CatalogueItem item) {
        try {
            return json.readValue(item.definition, ItemDefinition.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored definition of " + item.code + "@v" + item.version + " is unreadable", e);
        }
    }

    private String write(HallDefinition hall) {
        try {
            return json.writeValueAsString(hall);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
