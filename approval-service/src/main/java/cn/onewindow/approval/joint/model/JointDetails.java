package cn.onewindow.approval.joint.model;

import java.util.Arrays;
import java.util.List;

import cn.onewindow.approval.model.CatalogueCopy;
import cn.onewindow.contracts.catalogue.ItemDefinition;

/**
 * What approval keeps of an item version's 联审联办 / 上报件 details in its catalogue copy, and reads back: the
 * co-departments of a JOINT item, the higher authority and the two limits of a FORWARDED one.
 */
public final class JointDetails {
    private JointDetails() {
    }

    /** Copies the details of {@code definition} into {@code copy}; a version published without a definition keeps none. */
    public static void copy(ItemDefinition definition, CatalogueCopy copy) {
        if (definition == null) {
            return;
        }
        copy.detailsKnown = true;
        copy.itemType = definition.itemType();
        copy.coDepartments = definition.joint() == null || definition.joint().coDepartments() == null ? null
                : String.join(",", definition.joint().coDepartments());
        var f = definition.forwarding();
        copy.authorityCode = f == null ? null : f.authorityCode();
        copy.authorityName = f == null ? null : f.authorityName();
        copy.firstInstanceDays = f == null ? null : f.firstInstanceDays();
        copy.authorityDays = f == null ? null : f.authorityDays();
    }

    /** The co-departments the copy names (none when it names none). */
    public static List<String> coDepartments(CatalogueCopy copy) {
        if (copy == null || copy.coDepartments == null || copy.coDepartments.isBlank()) {
            return List.of();
        }
        return Arrays.stream(copy.coDepartments.split(",")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
    }
}
