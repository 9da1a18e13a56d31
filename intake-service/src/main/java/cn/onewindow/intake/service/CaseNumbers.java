package cn.onewindow.intake.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.common.persistence.SessionSql;
import io.smallrye.mutiny.Uni;

/**
 * Case numbers: {@code <hall>-<yyyyMMdd>-<6-digit sequence>}, e.g. {@code DX-20261123-000042}.
 * The sequence restarts each day (in the hall's zone). It is taken by an upsert on the counter row
 * inside the caller's transaction: concurrent intakes queue on the row lock, and a rolled-back
 * intake returns its number, so numbers are unique and gap-free.
 */
@ApplicationScoped
public class CaseNumbers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    public Uni<String> next(String hall, LocalDate day) {
        return nextValue(hall, day).map(n -> format(hall, day, n));
    }

    /** The next value of the day's gap-free counter named {@code series} (also used for notices and tickets). */
    public Uni<Integer> nextValue(String series, LocalDate day) {
        // plain SQL on the transaction's connection: it runs for every case, notice and ticket (SessionSql says why)
        return SessionSql.single(Integer.class,
                "insert into case_number_counter (hall, day, last_value) values ($1, $2, 1) "
                        + "on conflict (hall, day) do update set last_value = case_number_counter.last_value + 1 "
                        + "returning last_value", series, day);
    }

    /** As {@code "%s-%s-%06d"} of the hall, the day as yyyyMMdd and the sequence — without the formatter, which showed in the profile. */
    public static String format(String hall, LocalDate day, int sequence) {
        var s = new StringBuilder(hall.length() + 17).append(hall).append('-').append(day.format(DAY)).append('-');
        String n = Integer.toString(sequence);
        for (int pad = 6 - n.length(); pad > 0; pad--) {
            s.append('0');
        }
        return s.append(n).toString();
    }
}
