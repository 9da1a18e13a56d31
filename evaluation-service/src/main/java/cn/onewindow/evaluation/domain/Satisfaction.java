package cn.onewindow.evaluation.domain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Satisfaction statistics (好差评统计): per group (department, item, clerk, channel), the number of
 * ratings, how many were satisfied (满意 or 非常满意, levels 4–5) and how many bad (levels 1–2), the
 * satisfaction rate and the average level; ranked by rate, then by count. Pure arithmetic over the
 * ratings given, so the same ratings always give the same figures.
 */
public final class Satisfaction {
    public record Sample(String group, int level) {
    }

    public record Row(int rank, String group, long ratings, long satisfied, long bad, double rate, double averageLevel) {
    }

    private Satisfaction() {
    }

    public static List<Row> rank(List<Sample> samples) {
        Map<String, long[]> byGroup = new LinkedHashMap<>(); // count, satisfied, bad, sum of levels
        for (var s : samples) {
            long[] a = byGroup.computeIfAbsent(s.group(), g -> new long[4]);
            a[0]++;
            if (s.level() >= 4) {
                a[1]++;
            }
            if (s.level() <= 2) {
                a[2]++;
            }
            a[3] += s.level();
        }
        List<Row> rows = new ArrayList<>();
        byGroup.forEach((g, a) -> rows.add(new Row(0, g, a[0], a[1], a[2], round(a[1] * 100.0 / a[0]), round((double) a[3] / a[0]))));
        rows.sort(Comparator.comparingDouble(Row::rate).reversed().thenComparing(Comparator.comparingLong(Row::ratings).reversed())
                .thenComparing(Row::group));
        List<Row> ranked = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            var r = rows.get(i);
            ranked.add(new Row(i + 1, r.group(), r.ratings(), r.satisfied(), r.bad(), r.rate(), r.averageLevel()));
        }
        return ranked;
    }

    /** Two decimals, half up: the figures a report prints. */
    static double round(double v) {
        return java.math.BigDecimal.valueOf(v).setScale(2, java.math.RoundingMode.HALF_UP).doubleValue();
    }
}
