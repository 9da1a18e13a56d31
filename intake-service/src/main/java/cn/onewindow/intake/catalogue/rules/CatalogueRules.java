package cn.onewindow.intake.catalogue.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
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

    /**
     * The violations of {@code item} on its own and against the catalogue: {@code catalogued} are the codes among
     * {@link #certificateItems} that the catalogue knows (a certificate only some other item issues can serve).
     */
    public static Map<String, String> violations(ItemDefinition item, Set<String> catalogued) {
        Map<String, String> v = violations(item);
        for (var m : item.materials()) {
            if (m.certificateOf() != null && !m.certificateOf().equals(item.code()) && !catalogued.contains(m.certificateOf())) {
                v.put("materials." + m.code() + ".certificateOf", "证照来源事项不在事项清单中：" + m.certificateOf()
                        + " / the item issuing the certificate is not in the catalogue: " + m.certificateOf());
            }
        }
        return v;
    }

    /** The other items whose certificates the materials of {@code item} name: what {@link #violations(ItemDefinition, Set)} looks up. */
    public static Set<String> certificateItems(ItemDefinition item) {
        Set<String> codes = new LinkedHashSet<>();
        for (var m : item.materials()) {
            if (m.certificateOf() != null && !m.certificateOf().equals(item.code())) {
                codes.add(m.certificateOf());
            }
        }
        return codes;
    }

    /** The violations {@code item} shows on its own, without looking at the rest of the catalogue. */
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
        boolean anyCommitment = false;
        for (var m : item.materials()) {
            if (!codes.add(m.code())) {
                v.put("materials", "材料编码重复：" + m.code() + " / duplicate material code " + m.code());
            }
            if (m.deferrable() && m.key()) {
                v.put("materials." + m.code(), "关键材料不得容缺 / a key material cannot be deferred");
            }
            if (m.commitmentAllowed() && m.key()) {
                // 告知承诺 replaces a proof the department can check afterwards; a key material is what the decision rests on
                v.put("materials." + m.code() + ".commitmentAllowed",
                        "关键材料不得以告知承诺替代 / a key material cannot be replaced by a commitment");
            }
            if (item.code().equals(m.certificateOf())) {
                v.put("materials." + m.code() + ".certificateOf",
                        "材料不能由本事项自身的证照替代 / a material cannot be served by the item's own certificate");
            }
            anyDeferrable |= m.deferrable();
            anyCommitment |= m.commitmentAllowed();
        }
        if (anyCommitment && item.commitmentCheckDays() == null) {
            // 告知承诺制: the department checks the commitment after the decision, within a limit the applicant is told
            v.put("commitmentCheckDays", "允许告知承诺的事项须规定核查时限 / an item allowing commitments needs a check limit");
        }
        channelViolations(item, v);
        JointItemRules.violations(item, v); // 联审联办 / 上报件
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
        v.putAll(cn.onewindow.intake.situation.rules.SituationRules.violations(item)); // 情形: questions and situations
        return v;
    }

    /** 办理渠道: each at most once; an online pre-review needs the limit within which the hall answers it. */
    private static void channelViolations(ItemDefinition item, Map<String, String> v) {
        var channels = item.channels() == null ? List.<String>of() : item.channels();
        if (new HashSet<>(channels).size() != channels.size()) {
            v.put("channels", "办理渠道重复 / a channel is named twice");
        }
        boolean preReview = channels.contains(ItemDefinition.ONLINE_PRE_REVIEW);
        if (preReview && item.preReviewLimit() == null) {
            v.put("preReviewLimit", "提供网上预审的事项须规定预审时限 / an item with online pre-review needs a pre-review limit");
        }
        if (!preReview && item.preReviewLimit() != null) {
            v.put("preReviewLimit", "未提供网上预审的事项不得规定预审时限 / a pre-review limit without the online pre-review channel");
        }
    }
}
