package cn.onewindow.intake.catalogue.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * The rules a catalogue item must satisfy beyond field formats. Returns every violation at once
 * (field → message in Chinese and English), so the department fixes everything in one go.
 */
public final class CatalogueRules {
    private CatalogueRules() {
    }

    public static Map<String, String> violations(ItemDefinition item) {
        Map<String, String> v = new LinkedHashMap<>();
        if (item.promisedDays() > item.statutoryDays()) {
            v.put("promisedDays", "承诺时限不得超过法定时限 / the promised limit may not exceed the statutory limit");
        }
        if (ItemType.IMMEDIATE.name().equals(item.itemType()) && item.promisedDays() != 0) {
            v.put("promisedDays", "即办件的承诺时限应为0个工作日 / an immediate item is promised in 0 working days");
        }
        if (!item.code().startsWith(item.departmentCode() + "-")) {
            v.put("code", "事项编码须以部门代码开头 / the item code must start with its department's code");
        }
        Set<String> codes = new HashSet<>();
        boolean anyDeferrable = false;
        for (var m : item.materials()) {
            if (!codes.add(m.code())) {
                v.put("materials", "材料编码重复：" + m.code() + " / duplicate material code " + m.code());
            }
            if (m.deferrable() && m.key()) {
                v.put("materials." + m.code(), "关键材料不得容缺 / a key material cannot be deferred");
            }
            anyDeferrable |= m.deferrable();
        }
        if (item.highRisk() && item.deferralAllowed()) {
            v.put("deferralAllowed", "高风险事项不得适用容缺受理 / a high-risk item never allows 容缺");
        }
        if (item.deferralAllowed() && !anyDeferrable) {
            v.put("deferralAllowed", "允许容缺的事项须至少指定一项可容缺材料 / name at least one deferrable material");
        }
        if (item.relatedItems() != null) {
            item.relatedItems().stream().filter(r -> r.code().equals(item.code())).findAny()
                    .ifPresent(r -> v.put("relatedItems", "事项不能关联自身 / an item cannot relate to itself"));
        }
        return v;
    }
}
