package cn.onewindow.intake.guide.service;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.catalogue.service.CatalogueService;
import cn.onewindow.intake.guide.rules.GuideSearch;
import cn.onewindow.intake.guide.rules.PublishedList;
import cn.onewindow.intake.guide.rules.PublishedLists;
import cn.onewindow.platform.problem.ProblemException;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The public service guide (办事指南): the catalogue as it is in force at an instant, read through the catalogue's own
 * "version in force" queries ({@link CatalogueService#inForceList}, {@link CatalogueService#inForce}), so the guide, the
 * window and the published lists always show the same version.
 */
@ApplicationScoped
public class GuideService {
    private final CatalogueService catalogue;
    private final ApprovedFaqs approvedFaqs;

    public GuideService(CatalogueService catalogue, ApprovedFaqs approvedFaqs) {
        this.catalogue = catalogue;
        this.approvedFaqs = approvedFaqs;
    }

    private record InForce(CatalogueItem version, ItemDefinition definition) {
    }

    /** Items in force, of one department and offered through one channel when given, whose name or code holds {@code q}. */
    public Uni<List<ItemSummary>> items(Instant at, String q, String department, String channel) {
        String folded = GuideSearch.fold(q);
        return inForce(at, department).map(all -> all.stream()
                .filter(e -> channel == null || e.definition().safeChannels().contains(channel))
                .filter(e -> GuideSearch.contains(e.definition().name(), folded) || GuideSearch.contains(e.version().code, folded))
                .map(e -> ItemSummary.of(e.version(), e.definition())).toList());
    }

    /** The guide of the version in force; 404 for an item unknown, not yet in force or cancelled at {@code at}. */
    public Uni<ItemGuide> item(String code, Instant at) {
        return catalogue.inForce(code, at)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("事项 item", code))
                .flatMap(v -> {
                    if (v.cancelled()) {
                        return Uni.createFrom().failure(ProblemException.notFound("事项 item", code));
                    }
                    ItemDefinition def = catalogue.read(v);
                    return certificateItemNames(def, at).flatMap(names -> approvedFaqs.of(code, at)
                            .map(approved -> ItemGuide.of(v, def, names, approved)));
                });
    }

    /**
     * Every FAQ entry of the items in force whose question or answer holds {@code q}, item by item: the catalogue's own,
     * then those grown from answered enquiries (ApprovedFaqs).
     */
    public Uni<List<FaqHit>> faq(String q, Instant at) {
        String folded = GuideSearch.fold(q);
        return approvedFaqs.byItem(at).flatMap(approved -> inForce(at, null).map(all -> all.stream()
                .flatMap(e -> ApprovedFaqs.together(e.definition(), approved.get(e.version().code)).stream()
                        .filter(f -> GuideSearch.contains(f.q(), folded) || GuideSearch.contains(f.a(), folded))
                        .map(f -> new FaqHit(e.version().code, e.definition().name(), e.version().departmentName, f.q(), f.a())))
                .toList()));
    }

    /** The members of a published list at {@code at} ({@link PublishedLists}). */
    public Uni<List<ItemSummary>> list(PublishedList list, Instant at) {
        return inForce(at, null).map(all -> all.stream()
                .filter(e -> PublishedLists.belongs(list, e.definition()))
                .map(e -> ItemSummary.of(e.version(), e.definition())).toList());
    }

    private Uni<List<InForce>> inForce(Instant at, String department) {
        return catalogue.inForceList(at, department)
                .map(l -> l.stream().map(v -> new InForce(v, catalogue.read(v))).toList());
    }

    /** The names of the items whose e-certificates serve a material, as in force at {@code at} (absent: not named). */
    private Uni<Map<String, String>> certificateItemNames(ItemDefinition def, Instant at) {
        var codes = def.materials().stream().map(ItemDefinition.Material::certificateOf)
                .filter(c -> c != null).distinct().toList();
        if (codes.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return Multi.createFrom().iterable(codes)
                .onItem().transformToUniAndConcatenate(c -> catalogue.inForce(c, at))
                .filter(v -> v != null && !v.cancelled())
                .collect().in(HashMap<String, String>::new, (m, v) -> m.put(v.code, v.name))
                .map(m -> (Map<String, String>) m);
    }
}
