package cn.onewindow.intake.hall.rules;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import cn.onewindow.contracts.hall.HallDefinition;

/**
 * The rules a hall's definition must satisfy beyond field formats; every violation at once (field → message in Chinese
 * and English), as the catalogue's rules answer.
 */
public final class HallRules {
    private HallRules() {
    }

    /**
     * @param hall the definition to publish
     * @param owners the owning hall of each item code {@code hall.receives} names that is in force (absent: no such item)
     * @param departments the department codes the catalogue knows
     */
    public static Map<String, String> violations(HallDefinition hall, Map<String, String> owners, Set<String> departments) {
        Map<String, String> v = new LinkedHashMap<>();
        if (!hall.opens().isBefore(hall.closes())) {
            v.put("closes", "闭厅时间须晚于开厅时间 / the hall must close after it opens");
        }
        Set<DayOfWeek> days = new HashSet<>();
        for (var e : hall.safeExtendedHours()) {
            if (!days.add(e.day())) {
                v.put("extendedHours", "同一天只能有一个延时服务时间 / one extended closing time per weekday: " + e.day());
            }
            if (!e.until().isAfter(hall.closes())) {
                // 延时服务 is service beyond the regular hours: an "extension" ending before closing time is no extension
                v.put("extendedHours." + e.day(), "延时服务须晚于闭厅时间（" + hall.closes() + "）/ extended hours must end after "
                        + "the regular closing time " + hall.closes());
            }
        }
        if (hall.safeAppointmentDays().size() != new HashSet<>(hall.safeAppointmentDays()).size()) {
            v.put("appointmentDays", "预约办理日重复 / an appointment day is listed twice");
        }
        for (String d : hall.safeDepartments()) {
            if (!departments.contains(d)) {
                v.put("departments." + d, "未知的部门：" + d + " / unknown department " + d);
            }
        }
        Set<String> seen = new HashSet<>();
        for (String item : hall.safeReceives()) {
            if (!seen.add(item)) {
                v.put("receives." + item, "通办事项重复：" + item + " / item listed twice: " + item);
            } else if (!owners.containsKey(item)) {
                v.put("receives." + item, "事项清单中没有现行有效的事项：" + item + " / no catalogue item in force: " + item);
            } else if (owners.get(item).equals(hall.code())) {
                v.put("receives." + item, "本大厅自己的事项无需列入通办收件清单：" + item
                        + " / the hall's own item is not received for another hall: " + item);
            }
        }
        return v;
    }

    /**
     * What a hall's own admin may not change of a hall that exists: its name (printed on every receipt and certificate
     * of the network), its region (which decides where its items may be taken in, 区域通办) and its kind (hall or
     * station). Those are set when the network names the hall; the admin keeps its hours, days, desks and received
     * items. {@code before} null: a new hall, nothing to compare.
     */
    public static Map<String, String> identityChanges(HallDefinition before, HallDefinition after) {
        Map<String, String> v = new LinkedHashMap<>();
        if (before == null) {
            return v;
        }
        if (!before.name().equals(after.name())) {
            v.put("name", "大厅名称由上级设定，不能由本厅修改 / the hall's name is set by the network, not by its admin");
        }
        if (!before.region().equals(after.region()) || !Objects.equals(before.regionName(), after.regionName())) {
            v.put("region", "大厅所属区域由上级设定，不能由本厅修改 / the hall's region is set by the network, not by its admin");
        }
        if (!before.kind().equals(after.kind())) {
            v.put("kind", "大厅类型由上级设定，不能由本厅修改 / the hall's kind is set by the network, not by its admin");
        }
        return v;
    }
}
