package cn.onewindow.intake.hall.service;

import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.catalogue.service.CatalogueService;
import cn.onewindow.intake.hall.model.HallVersion;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The demo's halls (seed/demo-halls.json): the home hall (its name from {@link HallSettings}) and 九州镇便民服务站, a
 * STATION that takes in four of the home hall's items. Each hall is published once, when the database has none of it
 * (a hall admin's later change is never undone at a restart). A catalogue loaded before halls existed gets the other
 * side of the agreement: each item a seeded hall receives is given a version whose 通办 list names that hall's region
 * (a fresh database reads it from the demo catalogue already, and then nothing is published).
 */
@ApplicationScoped
public class HallSeeder {
    private static final Logger LOG = Logger.getLogger(HallSeeder.class);
    static final String SEED = "seed/demo-halls.json";
    static final Actor LOADER = Actor.system("demo-data");

    private final HallService halls;
    private final CatalogueService catalogue;
    private final ObjectMapper json;
    private final Clock clock;
    private final HallSettings settings;
    private final boolean enabled;

    public HallSeeder(HallService halls, CatalogueService catalogue, ObjectMapper json, Clock clock, HallSettings settings,
                      @ConfigProperty(name = "onewindow.demo-data.enabled", defaultValue = "false") boolean enabled) {
        this.halls = halls;
        this.catalogue = catalogue;
        this.json = json;
        this.clock = clock;
        this.settings = settings;
        this.enabled = enabled;
    }

    public record DemoHalls(List<HallDefinition> halls) {
    }

    void onStart(@Observes StartupEvent ev) throws Throwable {
        if (!enabled) {
            return;
        }
        for (HallDefinition hall : read()) {
            boolean absent = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(
                    () -> HallVersion.latest(hall.code()).map(v -> v == null)));
            if (absent) {
                VertxContextSupport.subscribeAndAwait(() -> halls.seed(hall, LOADER));
                int opened = VertxContextSupport.subscribeAndAwait(() -> openItemsTo(hall));
                LOG.infof("demo hall %s published; %d items opened to its region", hall.code(), opened);
            }
        }
    }

    /** The demo's halls, the home hall named as this instance names it. */
    List<HallDefinition> read() throws IOException {
        try (InputStream in = Thread.currentThread().getContextClassLoader().getResourceAsStream(SEED)) {
            if (in == null) {
                throw new IllegalStateException("demo data missing: " + SEED);
            }
            List<HallDefinition> out = new ArrayList<>();
            for (HallDefinition h : json.readValue(in, DemoHalls.class).halls()) {
                out.add(h.code().equals(settings.code()) ? named(h, settings.name()) : h);
            }
            return out;
        }
    }

    private static HallDefinition named(HallDefinition h, String name) {
        return new HallDefinition(h.code(), name, h.region(), h.regionName(), h.kind(), h.opens(), h.closes(),
                h.extendedHours(), h.appointmentDays(), h.departments(), h.receives(), h.helpAnswerSeconds(), h.address());
    }

    /**
     * The items {@code hall} receives whose version in force does not open them to its region yet: a new version that
     * does, in force at once (loaded as the demo loads, no notice period). Returns how many.
     */
    Uni<Integer> openItemsTo(HallDefinition hall) {
        var now = clock.instant();
        return Multi.createFrom().iterable(hall.safeReceives()).onItem().transformToUniAndConcatenate(code ->
                        Panache.withSession(() -> CatalogueItem.inForce(code, now)).flatMap(item -> {
                            if (item == null || item.cancelled()) {
                                return Uni.createFrom().item(0);
                            }
                            ItemDefinition def = catalogue.read(item);
                            if (def.safeCrossRegion().contains(hall.region())) {
                                return Uni.createFrom().item(0);
                            }
                            return catalogue.load(withRegion(def, hall.region()), now, LOADER).replaceWith(1);
                        }))
                .collect().asList().map(l -> l.stream().mapToInt(Integer::intValue).sum());
    }

    /** {@code def} with {@code region} added to its 通办 list; every other field as it is (through JSON: all of them). */
    ItemDefinition withRegion(ItemDefinition def, String region) {
        ObjectNode node = json.valueToTree(def);
        var regions = node.putArray("crossRegion");
        def.safeCrossRegion().forEach(regions::add);
        regions.add(region);
        try {
            return json.treeToValue(node, ItemDefinition.class);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
