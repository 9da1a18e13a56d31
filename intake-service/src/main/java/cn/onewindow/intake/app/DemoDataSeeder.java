package cn.onewindow.intake.app;

import java.io.IOException;
import java.io.InputStream;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.vocabulary.ItemType;
import cn.onewindow.intake.catalogue.model.Department;
import cn.onewindow.intake.catalogue.service.CatalogueService;
import cn.onewindow.intake.delegation.rules.Power;
import cn.onewindow.intake.delegation.service.DelegationService;
import cn.onewindow.intake.takein.model.Bundle;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Loads the demo hall (seed/demo-catalogue.json: departments, 41 items drawn from the source
 * documents, bundles) and its delegations into an empty database, through the same services as the
 * API, so every item version and delegation is also published as an event.
 */
@ApplicationScoped
public class DemoDataSeeder {
    private static final Logger LOG = Logger.getLogger(DemoDataSeeder.class);
    static final String SEED = "seed/demo-catalogue.json";
    static final Actor LOADER = Actor.system("demo-data");
    /** Items the demo leaves without any delegation: only the department can take them in. */
    static final Set<String> UNDELEGATED = Set.of("EE-0001");

    private final CatalogueService catalogue;
    private final DelegationService delegations;
    private final ObjectMapper json;
    private final boolean enabled;

    public DemoDataSeeder(CatalogueService catalogue, DelegationService delegations, ObjectMapper json,
                          @ConfigProperty(name = "onewindow.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this.catalogue = catalogue;
        this.delegations = delegations;
        this.json = json;
        this.enabled = enabled;
    }

    public record DemoCatalogue(String hall, String hallName, Instant effectiveFrom, List<Department> departments,
                                List<ItemDefinition> items, List<BundleSeed> bundles) {
    }

    public record BundleSeed(String code, String name, List<String> items) {
    }

    void onStart(@Observes StartupEvent ev) throws Throwable {
        if (!enabled) {
            return;
        }
        DemoCatalogue seed = read();
        long existing = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> Department.count()));
        if (existing > 0) {
            return;
        }
        VertxContextSupport.subscribeAndAwait(() -> load(seed));
        LOG.infof("demo data loaded: %d departments, %d items, %d bundles", seed.departments().size(),
                seed.items().size(), seed.bundles().size());
    }

    Uni<Void> load(DemoCatalogue seed) {
        Uni<Void> departments = Panache.withTransaction(() -> Multi.createFrom().iterable(seed.departments())
                .onItem().transformToUniAndConcatenate(d -> d.persist()).collect().last().replaceWithVoid());
        Uni<Void> bundles = Panache.withTransaction(() -> Multi.createFrom().iterable(seed.bundles())
                .onItem().transformToUniAndConcatenate(b -> {
                    var e = new Bundle();
                    e.code = b.code();
                    e.name = b.name();
                    e.itemCodes = String.join(",", b.items());
                    return e.persist();
                }).collect().last().replaceWithVoid());
        Uni<Void> items = Multi.createFrom().iterable(seed.items())
                .onItem().transformToUniAndConcatenate(i -> catalogue.load(i, seed.effectiveFrom(), LOADER)
                        .flatMap(v -> UNDELEGATED.contains(i.code()) ? Uni.createFrom().voidItem()
                                : Panache.withTransaction(() -> delegations.load(i.code(), demoPowers(i), seed.effectiveFrom(),
                                        LOADER)).replaceWithVoid()))
                .collect().last().replaceWithVoid();
        return departments.chain(() -> bundles).chain(() -> items);
    }

    /**
     * The demo hall's powers: immediate low-risk items may be settled on the spot; high-risk promised
     * items are received only (the back office decides acceptance); everything else is accepted at
     * the window.
     */
    static Set<Power> demoPowers(ItemDefinition item) {
        Set<Power> p = EnumSet.of(Power.RECEIVE, Power.NOTIFY_ONCE, Power.DELIVER);
        if (item.highRisk() && !ItemType.IMMEDIATE.name().equals(item.itemType())) {
            return p;
        }
        p.add(Power.ACCEPT);
        p.add(Power.VERIFY_ORIGINALS);
        if (ItemType.IMMEDIATE.name().equals(item.itemType()) && !item.highRisk()) {
            p.add(Power.APPROVE_ON_SPOT);
        }
        return p;
    }

    DemoCatalogue read() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing: " + SEED);
            }
            return json.readValue(in, DemoCatalogue.class);
        }
    }
}
