package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The issuance limits per department for the supervisor (#22 item 11): results overdue at the window now (the
 * department has not handed them over past the arrival limit), hand-overs made late in a period, applicants
 * not yet told past the notice deadline now, and notices sent late in a period. Read from the records' due and
 * done times rather than the monitor's flags, so a figure does not wait for the monitor's next scan.
 */
@ApplicationScoped
public class IssuanceLimitsFigures {
    private final Clock clock;

    public IssuanceLimitsFigures(Clock clock) {
        this.clock = clock;
    }

    public record Row(String departmentCode, long arrivalOverdue, long lateHandovers, long noticeOverdue, long lateNotices) {
    }

    @WithSession
    public Uni<List<Row>> perDepartment(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("bad-period", "统计期间的结束日期早于开始日期", "The period ends before it starts");
        }
        var zone = clock.getZone();
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        // "now" figures: a result still awaited / a ready result whose applicant is still untold (once handed
        // out or mailed the applicant evidently knows). Period figures: acts at or after their due instant.
        String sql = "select department_code, "
                + "count(*) filter (where status = 'AWAITING_ARRIVAL' and arrival_due_at <= :now), "
                + "count(*) filter (where arrived_at >= :start and arrived_at < :end and arrived_at >= arrival_due_at), "
                + "count(*) filter (where status = 'READY' and notified_at is null and notify_due_at <= :now), "
                + "count(*) filter (where notified_at >= :start and notified_at < :end and notified_at >= notify_due_at) "
                + "from issuance_record where (status = 'AWAITING_ARRIVAL' and arrival_due_at <= :now) "
                + "or (arrived_at >= :start and arrived_at < :end and arrived_at >= arrival_due_at) "
                + "or (status = 'READY' and notified_at is null and notify_due_at <= :now) "
                + "or (notified_at >= :start and notified_at < :end and notified_at >= notify_due_at) "
                + "group by department_code order by department_code";
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql, Object[].class)
                        .setParameter("now", clock.instant()).setParameter("start", start).setParameter("end", end)
                        .getResultList())
                .map(rows -> rows.stream().map(r -> new Row((String) r[0], n(r[1]), n(r[2]), n(r[3]), n(r[4]))).toList());
    }

    private static long n(Object o) {
        return ((Number) o).longValue();
    }
}
