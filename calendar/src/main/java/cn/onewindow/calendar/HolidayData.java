package cn.onewindow.calendar;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;

import cn.onewindow.contracts.calendar.HolidayYear;

/**
 * The holiday data as published: per year, named holidays with their dates and the make-up
 * working days. The project ships the 2025 and 2026 notices in {@code calendar/cn-official-holidays.json}.
 */
public final class HolidayData {
    public static final String RESOURCE = "calendar/cn-official-holidays.json";

    private HolidayData() {
    }

    public static Map<String, HolidayYear> readShipped() {
        try (InputStream in = HolidayData.class.getClassLoader().getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("holiday data missing from the classpath: " + RESOURCE);
            }
            return read(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Map<String, HolidayYear> read(InputStream in) throws IOException {
        ObjectMapper json = JsonMapper.builder().findAndAddModules().build();
        return json.readValue(in, new TypeReference<Map<String, HolidayYear>>() {
        });
    }

    static WorkingCalendar toCalendar(Map<String, HolidayYear> years, ZoneId zone) {
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        years.values().forEach(y -> {
            y.holidays().values().forEach(holidays::addAll);
            makeUp.addAll(y.makeUpWorkdays());
        });
        Set<Integer> entered = new HashSet<>();
        years.keySet().forEach(year -> entered.add(Integer.parseInt(year)));
        return new WorkingCalendar(holidays, makeUp, entered, zone);
    }

    public static WorkingCalendar shippedCalendar(ZoneId zone) {
        return toCalendar(readShipped(), zone);
    }
}
