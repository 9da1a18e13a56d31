package cn.onewindow.intake.hall.rules;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.platform.problem.ProblemException;

/**
 * A catalogue item's hall fields against the halls of the network: its owning hall ({@code hallCode}) must be a known
 * hall, and its 通办 list ({@code crossRegion}) may name only regions some known hall serves — a region no hall
 * serves would open the item to nobody and hide a typing error.
 */
public final class ItemHalls {
    private ItemHalls() {
    }

    /** The problem (422 {@code unknown-hall} or {@code unknown-region}) of {@code item}; null when it has none. */
    public static ProblemException problem(ItemDefinition item, Collection<HallDefinition> halls) {
        Set<String> codes = halls.stream().map(HallDefinition::code).collect(Collectors.toSet());
        if (item.hallCode() != null && !codes.contains(item.hallCode())) {
            return new ProblemException(422, "unknown-hall", "未知的大厅：" + item.hallCode(), "Unknown hall " + item.hallCode());
        }
        Set<String> regions = halls.stream().map(HallDefinition::region).collect(Collectors.toSet());
        List<String> unknown = item.safeCrossRegion().stream().filter(r -> !regions.contains(r)).distinct().toList();
        if (!unknown.isEmpty()) {
            return new ProblemException(422, "unknown-region",
                    "通办区域中没有大厅所在的区划：" + String.join("、", unknown),
                    "No hall of the network serves the cross-region code(s) " + String.join(", ", unknown));
        }
        return null;
    }
}
