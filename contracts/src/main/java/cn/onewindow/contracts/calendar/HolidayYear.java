package cn.onewindow.contracts.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One year of the official calendar as the State Council's notice publishes it: the named holidays with their dates,
 * the make-up working days (调休上班) and where the data came from. The value of the calendar topic and of the shipped
 * {@code calendar/cn-official-holidays.json}.
 */
public record HolidayYear(Map<String, List<LocalDate>> holidays, List<LocalDate> makeUpWorkdays, String source) {
}
