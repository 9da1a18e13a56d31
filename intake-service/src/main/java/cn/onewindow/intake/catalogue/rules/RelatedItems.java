package cn.onewindow.intake.catalogue.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.onewindow.contracts.catalogue.ItemDefinition;

/**
 * The window's "you will also need…" prompt (关联事项提示): for the items chosen, every related item
 * (前置 PRECEDING — needed before; 后置 FOLLOWING — usually needed after) that was not chosen too.
 */
public final class RelatedItems {
    /** One prompt: {@code code} relates to the chosen {@code forItem}. */
    public record Prompt(String forItem, String code, String name, String relation) {
    }

    private RelatedItems() {
    }

    /** The codes the prompts will name, to look their names up in one query. */
    public static Set<String> codesToName(List<ItemDefinition> chosen) {
        var chosenCodes = chosen.stream().map(ItemDefinition::code).toList();
        Set<String> out = new LinkedHashSet<>();
        for (var def : chosen) {
            for (var r : safe(def)) {
                if (!chosenCodes.contains(r.code())) {
                    out.add(r.code());
                }
            }
        }
        return out;
    }

    /**
     * @param names the current name of each related code; a code with no name (cancelled, never
     *              catalogued) is not prompted — the applicant cannot apply for it here
     */
    public static List<Prompt> prompts(List<ItemDefinition> chosen, Map<String, String> names) {
        var chosenCodes = chosen.stream().map(ItemDefinition::code).toList();
        List<Prompt> out = new ArrayList<>();
        for (var def : chosen) {
            for (var r : safe(def)) {
                if (!chosenCodes.contains(r.code()) && names.containsKey(r.code())) {
                    out.add(new Prompt(def.code(), r.code(), names.get(r.code()), r.relation()));
                }
            }
        }
        return out;
    }

    private static List<ItemDefinition.RelatedItem> safe(ItemDefinition def) {
        return def.relatedItems() == null ? List.of() : def.relatedItems();
    }
}
