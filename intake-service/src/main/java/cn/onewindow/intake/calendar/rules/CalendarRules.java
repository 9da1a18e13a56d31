package cn.onewindow.intake.calendar.rules;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import cn.onewindow.calendar.HolidayData;
import cn.onewindow.contracts.calendar.HolidayYear;

/** Checks a year of the calendar before it is published: every violation at once. */
public final class CalendarRules {
    private CalendarRules() {
    }

    public static Map<String, String> violations(int year, HolidayYear data) {
        Map<String, String> v = new LinkedHashMap<>();
        Set<LocalDate> holidays = new HashSet<>();
        if (data.holidays() == null || data.makeUpWorkdays() == null) {
            v.put("calendar", "须提供节假日与调休上班日（可为空） / holidays and makeUpWorkdays are required (may be empty)");
            return v;
        }
        data.holidays().forEach((name, days) -> days.forEach(d -> {
            if (d.getYear() != year) {
                v.put("holidays." + name, "日期不属于" + year + "年：" + d + " / date outside " + year + ": " + d);
            }
            holidays.add(d);
        }));
        for (LocalDate d : data.makeUpWorkdays()) {
            if (d.getYear() != year) {
                v.put("makeUpWorkdays", "日期不属于" + year + "年：" + d + " / date outside " + year + ": " + d);
            }
            if (d.getDayOfWeek() != DayOfWeek.SATURDAY && d.getDayOfWeek() != DayOfWeek.SUNDAY) {
                v.put("makeUpWorkdays", "调休上班日应为周末：" + d + " / a make-up working day must be a Saturday or Sunday: " + d);
            }
            if (holidays.contains(d)) {
                v.put("makeUpWorkdays", "同一日期不能既是假日又是调休上班日：" + d + " / " + d + " is both a holiday and a make-up day");
            }
        }
        return v;
    }
}
