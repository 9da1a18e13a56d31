package cn.onewindow.intake.hall.rules;

import java.time.DayOfWeek;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
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
}
