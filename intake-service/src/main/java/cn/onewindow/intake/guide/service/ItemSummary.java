package cn.onewindow.intake.guide.service;

import java.time.Instant;
import java.util.List;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.guide.rules.GuideWords;
import cn.onewindow.intake.guide.rules.PublishedList;
import cn.onewindow.intake.guide.rules.PublishedLists;

/**
 * One line of the guide's list of items in force, and of each published list (with its promised limit, as 002 asks).
 * Codes as the catalogue writes them (field names and values of ItemDefinition), each beside its words ({@code …Zh}).
 */
public record ItemSummary(String code, String name, int version, Instant effectiveFrom, String departmentCode,
                          String departmentName, String itemType, String itemTypeZh, int statutoryDays, String statutoryZh,
                          int promisedDays, String promisedZh, List<String> channels, List<String> channelsZh,
                          List<String> deliveryModes, List<String> deliveryModesZh, String fees, List<String> lists,
                          List<String> listsZh) {

    static ItemSummary of(CatalogueItem v, ItemDefinition def) {
        var lists = PublishedLists.of(def);
        return new ItemSummary(v.code, def.name(), v.version, v.effectiveFrom, def.departmentCode(), v.departmentName,
                def.itemType(), GuideWords.itemType(def.itemType()), def.statutoryDays(),
                GuideWords.workingDays(def.statutoryDays()), def.promisedDays(), GuideWords.workingDays(def.promisedDays()),
                def.safeChannels(), def.safeChannels().stream().map(GuideWords::channel).toList(), def.deliveryModes(),
                def.deliveryModes().stream().map(GuideWords::delivery).toList(), def.fees(),
                lists.stream().map(PublishedList::slug).toList(), lists.stream().map(PublishedList::zh).toList());
    }
}
