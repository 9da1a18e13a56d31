package cn.onewindow.intake.guide.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.guide.rules.GuideWords;
import cn.onewindow.intake.guide.rules.PublishedList;
import cn.onewindow.intake.guide.rules.PublishedLists;

/**
 * An item's 办事指南 as the public reads it: the version in force with what to bring, how long it takes, what it costs,
 * where and how it can be done, on what legal basis, and its FAQ (答疑手册). Codes and limits under the catalogue's own
 * field names (ItemDefinition), each beside its words ({@code …Zh}).
 *
 * @param commitmentCheckDays the department's limit to check commitments after its decision (告知承诺核查), or null
 * @param resultValidYears    how long the result's e-certificate is valid; null: long-term
 */
public record ItemGuide(String code, String name, int version, Instant effectiveFrom, String departmentCode,
                        String departmentName, String itemType, String itemTypeZh, String level, List<String> serves,
                        List<String> servesZh, String legalBasis, String acceptanceConditions, String fees,
                        int statutoryDays, String statutoryZh, int promisedDays, String promisedZh,
                        ItemDefinition.Limit preReviewLimit, String preReviewLimitZh, Integer commitmentCheckDays,
                        String commitmentCheckZh, Integer resultValidYears, String resultValidZh, List<String> channels,
                        List<String> channelsZh, List<String> deliveryModes, List<String> deliveryModesZh,
                        List<Material> materials, List<ItemDefinition.Faq> faq, List<ItemDefinition.RelatedItem> relatedItems,
                        List<String> lists, List<String> listsZh) {

    /**
     * A material with its sample or template (样表/范本), the item whose e-certificate serves it (证照自动引用: the
     * applicant hands nothing in), whether a signed commitment may replace it (告知承诺), and all that said in words.
     */
    public record Material(String code, String name, boolean key, boolean originalToVerify, int copies,
                           boolean electronicAllowed, boolean deferrable, String template, String certificateOf,
                           String certificateOfName, boolean commitmentAllowed, List<String> marksZh) {
    }

    /** @param names the names, in force at the same instant, of the items whose certificates serve a material */
    static ItemGuide of(CatalogueItem v, ItemDefinition def, Map<String, String> names) {
        return of(v, def, names, List.of());
    }

    /** @param approvedFaq the FAQ entries grown from answered enquiries (ApprovedFaqs), after the catalogue's own */
    static ItemGuide of(CatalogueItem v, ItemDefinition def, Map<String, String> names, List<ItemDefinition.Faq> approvedFaq) {
        var materials = def.materials().stream().map(m -> {
            String certName = m.certificateOf() == null ? null : names.get(m.certificateOf());
            return new Material(m.code(), m.name(), m.key(), m.originalToVerify(), m.copies(), m.electronicAllowed(),
                    m.deferrable(), m.template(), m.certificateOf(), certName, m.commitmentAllowed(),
                    GuideWords.materialMarks(m, certName));
        }).toList();
        var lists = PublishedLists.of(def);
        Integer check = def.commitmentCheckDays();
        return new ItemGuide(v.code, def.name(), v.version, v.effectiveFrom, def.departmentCode(), v.departmentName,
                def.itemType(), GuideWords.itemType(def.itemType()), def.level(), def.serves(),
                def.serves().stream().map(GuideWords::serves).toList(), def.legalBasis(), def.acceptanceConditions(),
                def.fees(), def.statutoryDays(), GuideWords.workingDays(def.statutoryDays()), def.promisedDays(),
                GuideWords.workingDays(def.promisedDays()), def.preReviewLimit(), GuideWords.limit(def.preReviewLimit()),
                check, check == null ? null : "作出决定后" + GuideWords.workingDays(check) + "内核查",
                def.resultValidYears(), GuideWords.validity(def.resultValidYears()), def.safeChannels(),
                def.safeChannels().stream().map(GuideWords::channel).toList(), def.deliveryModes(),
                def.deliveryModes().stream().map(GuideWords::delivery).toList(), materials,
                ApprovedFaqs.together(def, approvedFaq), def.relatedItems() == null ? List.of() : def.relatedItems(),
                lists.stream().map(PublishedList::slug).toList(), lists.stream().map(PublishedList::zh).toList());
    }
}
