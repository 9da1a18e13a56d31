package cn.onewindow.evaluation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.evaluation.domain.Satisfaction;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Satisfaction statistics per department, item, window clerk or channel over a period (days in the
 * hall's zone), computed from the ratings and the case facts the events brought — reproducible.
 * Ratings excluded on appeal do not count.
 */
@ApplicationScoped
public class StatisticsService {
    private final Clock clock;

    public StatisticsService(Clock clock) {
        this.clock = clock;
    }

    @WithSession
    public Uni<List<Satisfaction.Row>> satisfaction(String by, LocalDate from, LocalDate to, String stage) {
        String group = switch (by) {
            case "department" -> "coalesce(f.department_code, e.department_code)";
            case "item" -> "coalesce(f.item_code || ' ' || f.item_name, '(unknown)')";
            case "clerk" -> "coalesce(f.clerk_name, '(unknown)')";
            case "channel" -> "r.channel";
            default -> throw ProblemException.invalid("unknown-dimension", "统计维度须为 department、item、clerk 或 channel",
                    "by must be department, item, clerk or channel");
        };
        if (to.isBefore(from)) {
            throw ProblemException.invalid("bad-period", "统计期间的结束日期早于开始日期", "The period ends before it starts");
        }
        var zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        String sql = "select " + group + ", r.level from rating r join evaluation_case e on e.case_id = r.case_id "
                + "left join case_fact f on f.case_id = r.case_id where not r.excluded and r.rated_at >= :start and r.rated_at < :end"
                + (stage == null ? "" : " and r.stage = :stage");
        return Panache.getSession().flatMap(s -> {
            var q = s.createNativeQuery(sql, Object[].class).setParameter("start", start).setParameter("end", end);
            if (stage != null) {
                q.setParameter("stage", stage);
            }
            return q.getResultList();
        }).map(rows -> Satisfaction.rank(rows.stream()
                .map(r -> new Satisfaction.Sample(String.valueOf(r[0]), ((Number) r[1]).intValue())).toList()));
    }
}
