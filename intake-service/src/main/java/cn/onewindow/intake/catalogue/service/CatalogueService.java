package cn.onewindow.intake.catalogue.service;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.events.ItemVersionPublished;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.intake.catalogue.rules.CatalogueRules;
import cn.onewindow.intake.catalogue.rules.ChangeNotice;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.catalogue.model.Department;
import cn.onewindow.intake.catalogue.rules.RelatedItems;
import cn.onewindow.intake.hall.service.ItemHallCheck;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The catalogue of service items: versions published with notice, never changed once published,
 * announced on the compacted topic {@value Topics#CATALOGUE_ITEM} (key {@code CODE@vN}) so every
 * service keeps its own copy.
 */
@ApplicationScoped
public class CatalogueService {
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;
    private final ItemHallCheck halls;

    public CatalogueService(Outbox outbox, Clock clock, ObjectMapper json, ItemHallCheck halls) {
        this.halls = halls;
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
    }

    /**
     * Publishes a new version of an item (a new item is version 1), effective no sooner than 10 days
     * after now. {@code department} limits a department's own staff or system to its own items
     * (null for the hall admin).
     */
    @WithTransaction
    public Uni<CatalogueItem> publish(ItemDefinition def, Instant effectiveFrom, Actor actor, String department) {
        Instant now = clock.instant();
        requireOwnDepartment(def.departmentCode(), department);
        // 区域通办: the owning hall and the 通办 regions must be the network's (422 unknown-hall / unknown-region)
        return halls.check(def).chain(() -> catalogued(CatalogueRules.certificateItems(def))).flatMap(known -> {
            var violations = CatalogueRules.violations(def, known);
            if (!violations.isEmpty()) {
                return Uni.createFrom().failure(new ProblemException(422, "catalogue-rules",
                        "事项不符合清单规则：" + String.join("；", violations.keySet()),
                        "The item breaks catalogue rules: " + String.join(", ", violations.keySet()), violations));
            }
            if (effectiveFrom.isBefore(ChangeNotice.earliestChange(now))) {
                return Uni.createFrom().failure(ProblemException.invalid("notice-too-short",
                        "事项新增或变更须至少提前10日公布，最早生效时间：" + ChangeNotice.earliestChange(now),
                        "A new item or a change must be announced at least 10 days ahead; earliest effective time "
                                + ChangeNotice.earliestChange(now)));
            }
            return store(def, now, effectiveFrom, actor, CatalogueItem.ACTIVE);
        });
    }

    /** Which of {@code codes} the catalogue has (in any version): no query when there are none, as for most items. */
    private Uni<Set<String>> catalogued(Set<String> codes) {
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Set.of());
        }
        return Panache.getSession().flatMap(s -> s.createSelectionQuery(
                        "select distinct c.code from CatalogueItem c where c.code in (:codes)", String.class)
                .setParameter("codes", codes).getResultList())
                .map(Set::copyOf);
    }

    /** Cancels an item from {@code effectiveFrom}, no sooner than 5 days after now; its delegations end then. */
    @WithTransaction
    public Uni<CatalogueItem> cancel(String code, Instant effectiveFrom, String reason, Actor actor, String department) {
        Instant now = clock.instant();
        if (effectiveFrom.isBefore(ChangeNotice.earliestCancellation(now))) {
            return Uni.createFrom().failure(ProblemException.invalid("notice-too-short",
                    "事项取消须至少提前5日公布，最早生效时间：" + ChangeNotice.earliestCancellation(now),
                    "A cancellation must be announced at least 5 days ahead; earliest effective time "
                            + ChangeNotice.earliestCancellation(now)));
        }
        return CatalogueItem.<CatalogueItem>find("code = ?1 order by version desc", code).firstResult()
                .onItem().ifNull().failWith(() -> ProblemException.notFound("事项 item", code))
                .flatMap(latest -> {
                    if (latest.cancelled()) {
                        return Uni.createFrom().failure(ProblemException.conflict("already-cancelled",
                                "该事项已公布取消", "This item's cancellation was already announced"));
                    }
                    requireOwnDepartment(latest.departmentCode, department);
                    ItemDefinition def = read(latest);
                    return store(def, now, effectiveFrom, actor.under(null, reason), CatalogueItem.CANCELLED);
                });
    }

    /** The initial load of a hall's catalogue (demo data, migrations): no notice period applies. */
    @WithTransaction
    public Uni<CatalogueItem> load(ItemDefinition def, Instant effectiveFrom, Actor actor) {
        return store(def, effectiveFrom, effectiveFrom, actor, CatalogueItem.ACTIVE);
    }

    private Uni<CatalogueItem> store(ItemDefinition def, Instant announcedAt, Instant effectiveFrom, Actor actor, String status) {
        return Department.<Department>findById(def.departmentCode())
                .onItem().ifNull().failWith(() -> new ProblemException(422, "unknown-department",
                        "未知的部门：" + def.departmentCode(), "Unknown department " + def.departmentCode()))
                .flatMap(dept -> CatalogueItem.latestVersion(def.code()).flatMap(latest -> {
                    var v = new CatalogueItem();
                    v.code = def.code();
                    v.version = latest + 1;
                    v.name = def.name();
                    v.departmentCode = def.departmentCode();
                    v.departmentName = dept.name;
                    v.itemType = def.itemType();
                    v.statutoryDays = def.statutoryDays();
                    v.promisedDays = def.promisedDays();
                    v.status = status;
                    v.announcedAt = announcedAt;
                    v.effectiveFrom = effectiveFrom;
                    v.announcedBy = actor.username() == null ? actor.userId() : actor.username();
                    v.definition = write(def);
                    var event = new ItemVersionPublished(v.code, v.version, v.status, v.announcedAt, v.effectiveFrom,
                            dept.name, def, actor);
                    return v.<CatalogueItem>persist().call(() -> outbox.publish(event));
                }));
    }

    @WithSession
    public Uni<CatalogueItem> inForce(String code, Instant at) {
        return CatalogueItem.inForce(code, at);
    }

    @WithSession
    public Uni<List<CatalogueItem>> versions(String code) {
        return CatalogueItem.find("code = ?1 order by version", code).list();
    }

    /** Every item in force at {@code at} (not cancelled), optionally of one department. */
    @WithSession
    public Uni<List<CatalogueItem>> inForceList(Instant at, String department) {
        String q = "from CatalogueItem c where c.effectiveFrom <= ?1 and not exists (select 1 from CatalogueItem n "
                + "where n.code = c.code and n.effectiveFrom <= ?1 and (n.effectiveFrom > c.effectiveFrom "
                + "or (n.effectiveFrom = c.effectiveFrom and n.version > c.version))) and c.status = 'ACTIVE'"
                + (department == null ? "" : " and c.departmentCode = ?2") + " order by c.code";
        return department == null ? CatalogueItem.find(q, at).list() : CatalogueItem.find(q, at, department).list();
    }

    /** "You will also need…": the related items of those chosen, named as the catalogue in force at {@code at} names them. */
    @WithSession
    public Uni<List<RelatedItems.Prompt>> related(List<ItemDefinition> chosen, Instant at) {
        var codes = RelatedItems.codesToName(chosen);
        if (codes.isEmpty()) {
            return Uni.createFrom().item(List.of());
        }
        // the names alone, of those codes alone: every take-in asks, and loading the whole catalogue in force as entities
        // (each a JSON definition the session then watches for changes) cost more than the take-in's own writes
        return Panache.getSession().flatMap(s -> s.createSelectionQuery("select c.code, c.name from CatalogueItem c "
                        + "where c.code in (:codes) and c.effectiveFrom <= :at and c.status = 'ACTIVE' and not exists ("
                        + "select 1 from CatalogueItem n where n.code = c.code and n.effectiveFrom <= :at and (n.effectiveFrom > c.effectiveFrom "
                        + "or (n.effectiveFrom = c.effectiveFrom and n.version > c.version)))", Object[].class)
                .setParameter("codes", codes).setParameter("at", at).getResultList())
                .map(rows -> {
                    Map<String, String> names = new HashMap<>();
                    rows.forEach(r -> names.put((String) r[0], (String) r[1]));
                    return RelatedItems.prompts(chosen, names);
                });
    }

    /**
     * The stored definition of a version, parsed once per distinct text: every take-in reads the definitions of its
     * items, and parsing the same JSON again for each showed in the profile. Keyed by the text itself, not by code and
     * version — a version number given back by a rolled-back publication may come again with other contents.
     */
    public ItemDefinition read(CatalogueItem v) {
        ItemDefinition known = parsedDefinitions.get(v.definition);
        if (known != null) {
            return known;
        }
        try {
            ItemDefinition def = json.readValue(v.definition, ItemDefinition.class);
            if (parsedDefinitions.size() >= PARSED_DEFINITIONS_KEPT) {
                parsedDefinitions.clear();
            }
            parsedDefinitions.put(v.definition, def);
            return def;
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored definition of " + v.code + "@v" + v.version + " is unreadable", e);
        }
    }

    /** More than the versions a hall's catalogue has in force and in recent history. */
    private static final int PARSED_DEFINITIONS_KEPT = 2000;
    private final java.util.Map<String, ItemDefinition> parsedDefinitions = new java.util.concurrent.ConcurrentHashMap<>();

    private String write(ItemDefinition def) {
        try {
            return json.writeValueAsString(def);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }

    public static void requireOwnDepartment(String itemDepartment, String actingDepartment) {
        if (actingDepartment != null && !actingDepartment.equals(itemDepartment)) {
            throw ProblemException.forbidden("other-department", "只能维护本部门（" + actingDepartment + "）的事项",
                    "A department may only maintain its own items (" + actingDepartment + ")");
        }
    }
}
