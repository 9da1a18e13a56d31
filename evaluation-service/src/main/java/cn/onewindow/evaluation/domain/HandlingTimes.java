package cn.onewindow.evaluation.domain;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Handling time against the promise (#22 item 12), per group (department, item, window, clerk): of the cases
 * whose result reached the issuance window in a period, how many within the item's promised limit (按时办结率),
 * and the actual working days against the promised ones. The seeds ask that actual handling time average no
 * more than half the promised limit ({@code withinHalf}). Pure arithmetic over the samples given.
 */
public final class HandlingTimes {
    /** One case: its group, the item's promised limit and the working days it actually took, both whole days. */
    public record Sample(String group, int promisedDays, int actualDays) {
    }

    /**
     * {@code actualToPromisedPercent}: the actual days as a share of the promised ones, summed over the group (null
     * when nothing was promised in days: immediate items only). {@code withinHalf}: the actual total is at most
     * half the promised total.
     */
    public record Row(String group, long finished, long onTime, double onTimeRate, double averagePromisedDays,
                      double averageActualDays, Double actualToPromisedPercent, boolean withinHalf) {
    }

    private HandlingTimes() {
    }

    /** On time: the result was there within the limit, counted as the limit is (working days after acceptance day). */
    public static boolean onTime(Sample s) {
        return s.actualDays() <= s.promisedDays();
    }

    public static List<Row> rows(List<Sample> samples) {
        Map<String, long[]> by = new TreeMap<>(); // finished, on time, promised days, actual days
        for (var s : samples) {
            long[] a = by.computeIfAbsent(s.group(), g -> new long[4]);
            a[0]++;
            a[1] += onTime(s) ? 1 : 0;
            a[2] += s.promisedDays();
            a[3] += s.actualDays();
        }
        List<Row> rows = new ArrayList<>();
        by.forEach((g, a) -> rows.add(new Row(g, a[0], a[1], percent(a[1], a[0]), round((double) a[2] / a[0]),
                round((double) a[3] / a[0]), a[2] == 0 ? null : percent(a[3], a[2]), 2 * a[3] <= a[2])));
        return rows;
    }

    static double percent(long part, long whole) {
        return round(part * 100.0 / whole);
    }

    /** Two decimals, half up: the figures a report prints. */
    static double round(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).doubleValue();
    }
}
