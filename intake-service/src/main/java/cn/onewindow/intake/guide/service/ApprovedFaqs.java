package cn.onewindow.intake.guide.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.guide.model.ApprovedFaq;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The FAQ entries grown from answered enquiries (approved in evaluation, FaqEventsConsumer), as the guide reads them at
 * an instant: those approved by then, the oldest first, after the catalogue's own FAQ of the item. They belong to the
 * item, not to one catalogue version, so a new version of the item keeps them.
 */
@ApplicationScoped
public class ApprovedFaqs {
    @WithSession
    public Uni<List<ItemDefinition.Faq>> of(String itemCode, Instant at) {
        return ApprovedFaq.<ApprovedFaq>list("itemCode = ?1 and approvedAt <= ?2 order by approvedAt, enquiryNumber", itemCode, at)
                .map(l -> l.stream().map(ApprovedFaqs::entry).toList());
    }

    /** Every item's, by item code. */
    @WithSession
    public Uni<Map<String, List<ItemDefinition.Faq>>> byItem(Instant at) {
        return ApprovedFaq.<ApprovedFaq>list("approvedAt <= ?1 order by approvedAt, enquiryNumber", at)
                .map(l -> l.stream().collect(Collectors.groupingBy(f -> f.itemCode,
                        Collectors.mapping(ApprovedFaqs::entry, Collectors.toList()))));
    }

    /** The catalogue's FAQ of the version, then the approved entries. */
    static List<ItemDefinition.Faq> together(ItemDefinition def, List<ItemDefinition.Faq> approved) {
        var own = def.faq() == null ? List.<ItemDefinition.Faq>of() : def.faq();
        if (approved == null || approved.isEmpty()) {
            return own;
        }
        return Stream.concat(own.stream(), approved.stream()).toList();
    }

    private static ItemDefinition.Faq entry(ApprovedFaq f) {
        return new ItemDefinition.Faq(f.question, f.answer);
    }
}
