package cn.onewindow.intake.situation.rules;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.catalogue.ItemDefinition.Question;
import cn.onewindow.contracts.catalogue.ItemDefinition.Situation;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * What an item's questions and situations (情形) must satisfy before the version is published: the window and the
 * applicant answer the questions and exactly one situation follows — never two (the checklist would be a guess), and
 * never one naming a question, an option or a material the item does not have. Every violation at once, keyed as
 * {@code CatalogueRules} keys its own (field → Chinese / English).
 */
public final class SituationRules {
    private SituationRules() {
    }

    /** The violations of the item's questions and situations; empty for an item without either. */
    public static Map<String, String> violations(ItemDefinition item) {
        Map<String, String> v = new LinkedHashMap<>();
        var questions = item.safeQuestions();
        var situations = item.safeSituations();
        if (questions.isEmpty() && situations.isEmpty()) {
            return v;
        }
        if (situations.isEmpty()) {
            v.put("situations", "设置了情形问题的事项须至少设置一个情形 / questions need situations they lead to");
        }
        if (questions.isEmpty()) {
            v.put("questions", "设置了情形的事项须设置选择情形的问题 / situations need the questions that choose them");
        }
        Map<String, Set<String>> options = new LinkedHashMap<>();
        for (Question q : questions) {
            if (options.containsKey(q.code())) {
                v.put("questions." + q.code(), "问题编码重复：" + q.code() + " / duplicate question code " + q.code());
                continue;
            }
            Set<String> codes = new HashSet<>();
            for (var o : q.options()) {
                if (!codes.add(o.code())) {
                    v.put("questions." + q.code() + ".options", "选项编码重复：" + o.code() + " / duplicate option code " + o.code());
                }
            }
            options.put(q.code(), codes);
        }
        Set<String> materials = item.materials().stream().map(ItemDefinition.Material::code).collect(Collectors.toSet());
        Set<String> seen = new HashSet<>();
        List<Situation> wellFormed = new java.util.ArrayList<>(); // whose conditions name the item's questions and options
        for (Situation s : situations) {
            String key = "situations." + s.code();
            if (!seen.add(s.code())) {
                v.put(key, "情形编码重复：" + s.code() + " / duplicate situation code " + s.code());
                continue;
            }
            s.when().forEach((question, option) -> {
                if (!options.containsKey(question)) {
                    v.put(key + ".when", "情形引用了不存在的问题：" + question + " / names no question of the item: " + question);
                } else if (!options.get(question).contains(option)) {
                    v.put(key + ".when", "问题" + question + "没有选项" + option + " / question " + question + " has no option " + option);
                }
            });
            if (!v.containsKey(key + ".when")) {
                wellFormed.add(s);
            }
            var unknown = s.materials().stream().filter(m -> !materials.contains(m)).toList();
            if (!unknown.isEmpty()) {
                v.put(key + ".materials", "情形所列材料不在事项材料清单中：" + String.join("、", unknown)
                        + " / not materials of the item: " + String.join(", ", unknown));
            } else if (new HashSet<>(s.materials()).size() != s.materials().size()) {
                v.put(key + ".materials", "情形所列材料重复 / a material is listed twice");
            }
            limitViolations(item, s, key, v);
        }
        overlaps(wellFormed, v); // a condition already refused is not compared: its fault is named once
        return v;
    }

    /** A situation's own limits, where set, obey the item's rules: promised within statutory, 即办件 in 0 days. */
    private static void limitViolations(ItemDefinition item, Situation s, String key, Map<String, String> v) {
        int statutory = s.statutoryDays() != null ? s.statutoryDays() : item.statutoryDays();
        int promised = s.promisedDays() != null ? s.promisedDays() : item.promisedDays();
        if (promised > statutory) {
            v.put(key + ".promisedDays", "情形的承诺时限不得超过法定时限 / the situation's promised limit exceeds its statutory limit");
        }
        if (ItemType.IMMEDIATE.name().equals(item.itemType()) && promised != 0) {
            v.put(key + ".promisedDays", "即办件的情形承诺时限应为0个工作日 / an immediate item's situation is promised in 0 working days");
        }
    }

    /**
     * Two situations one set of answers could both choose: they agree on every question both name (the same answers —
     * or one asks less than the other, which would leave the choice to chance).
     */
    private static void overlaps(List<Situation> situations, Map<String, String> v) {
        for (int i = 0; i < situations.size(); i++) {
            for (int j = i + 1; j < situations.size(); j++) {
                Situation a = situations.get(i);
                Situation b = situations.get(j);
                if (compatible(a.when(), b.when())) {
                    v.put("situations." + b.code() + ".when", "情形" + b.code() + "与情形" + a.code() + "的选择条件相同或相容，无法区分 / situations "
                            + a.code() + " and " + b.code() + " can be chosen by the same answers");
                }
            }
        }
    }

    /** Whether some answers meet both conditions: no question both name is answered differently. */
    static boolean compatible(Map<String, String> a, Map<String, String> b) {
        return a.entrySet().stream().noneMatch(e -> b.containsKey(e.getKey()) && !b.get(e.getKey()).equals(e.getValue()));
    }
}
