package cn.onewindow.intake.catalogue.rules;

import java.util.HashSet;
import java.util.Map;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.vocabulary.ItemType;

/**
 * 联审联办 / 上报件 (#24 item 2): a JOINT item names its co-departments and only a JOINT item does; a FORWARDED item names
 * its higher authority and the two limits, which together fit in the statutory limit, and only a FORWARDED item does.
 * approval decides such cases by these details: an item typed JOINT without co-departments could never be decided.
 */
final class JointItemRules {
    private JointItemRules() {
    }

    static void violations(ItemDefinition item, Map<String, String> v) {
        boolean joint = ItemType.JOINT.name().equals(item.itemType());
        boolean forwarded = ItemType.FORWARDED.name().equals(item.itemType());
        if (joint && item.joint() == null) {
            v.put("joint", "联办件须列明协办部门 / a JOINT item names its co-departments");
        }
        if (!joint && item.joint() != null) {
            v.put("joint", "只有联办件可以列明协办部门 / only a JOINT item has co-departments");
        }
        if (item.joint() != null && item.joint().coDepartments() != null) {
            var codes = item.joint().coDepartments();
            if (codes.contains(item.departmentCode())) {
                v.put("joint.coDepartments", "协办部门不能是牵头部门本身 / the lead department is not its own co-department");
            } else if (new HashSet<>(codes).size() != codes.size()) {
                v.put("joint.coDepartments", "协办部门重复 / a co-department is named twice");
            }
        }
        if (forwarded && item.forwarding() == null) {
            v.put("forwarding", "上报件须列明上级机关及初审、上级机关办理时限 / a FORWARDED item names its higher authority and both limits");
        }
        if (!forwarded && item.forwarding() != null) {
            v.put("forwarding", "只有上报件可以列明上级机关 / only a FORWARDED item names a higher authority");
        }
        var f = item.forwarding();
        if (f != null) {
            if (f.authorityCode() != null && f.authorityCode().equals(item.departmentCode())) {
                v.put("forwarding.authorityCode", "上级机关不能是本部门 / the higher authority is another department");
            }
            if (f.firstInstanceDays() + f.authorityDays() > item.statutoryDays()) {
                v.put("forwarding", "初审时限与上级机关时限之和不得超过法定时限 / the first instance and the authority's limits together "
                        + "may not exceed the statutory limit");
            }
        }
    }
}
