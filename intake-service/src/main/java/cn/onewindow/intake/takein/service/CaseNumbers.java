package cn.onewindow.intake.takein.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.persistence.SessionSql;
import io.smallrye.mutiny.Uni;

/**
 * Case numbers: {@code <hall>-<yyyyMMdd>-<6-digit sequence>}, e.g. {@code DX-20261123-000042}.
 * The sequence restarts each day (in the hall's zone). It is taken by an upsert on the counter row
 * inside the caller's transaction: concurrent intakes queue on the row lock, and a rolled-back
 * intake returns its number, so numbers are unique and gap-free.
 * <p>
 * The take-in takes its numbers in its own writes ({@link #reserve}): the lock is then held from the one round trip
 * that sends the case's rows to the commit, not from a number Java waits for, builds the rows with, then sends.
 */
@ApplicationScoped
public class CaseNumbers {
    private static final DateTimeFormatter DAY = DateTimeFormatter.BASIC_ISO_DATE;

    private static final String BUMP = "insert into case_number_counter (hall, day, last_value) values ($1, $2, 1) "
            + "on conflict (hall, day) do update set last_value = case_number_counter.last_value + 1 returning last_value";

    public Uni<String> next(String hall, LocalDate day) {
        return nextValue(hall, day).map(n -> format(hall, day, n));
    }

    /** The next value of the day's gap-free counter named {@code series} (also used for notices and tickets). */
    public Uni<Integer> nextValue(String series, LocalDate day) {
        // plain SQL on the transaction's connection: it runs for every case, notice and ticket (SessionSql says why)
        return SessionSql.single(Integer.class, BUMP, series, day);
    }

    /**
     * The next number of the day's series, taken by the first statement of {@code writes} that follows: returns the
     * placeholder that stands for it in the later statements' texts ({@link Pipeline#defer}); the database formats
     * it as {@link #format} does.
     */
    public String reserve(Pipeline writes, String series, LocalDate day) {
        return writes.defer(setting -> "with n as (" + BUMP + ") select set_config('" + setting + "', $3 || "
                + "lpad(last_value::text, greatest(6, length(last_value::text)), '0'), true) from n",
                series, day, series + "-" + day.format(DAY) + "-");
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
