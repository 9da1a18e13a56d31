package cn.onewindow.approval.rest;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Posts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * On-time rate per department (按时办结率): of the cases decided in a period (days in the hall's
 * zone), how many were decided by their deadline; and how many open cases are overdue now. A 容缺
 * case terminated for the applicant's missing materials does not count against the department.
 */
@Path("/api/statistics/on-time")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
public class StatisticsResource {
    private final Clock clock;

    public StatisticsResource(Clock clock) {
        this.clock = clock;
    }

    public record Row(String departmentCode, long decided, long onTime, double onTimeRate, long overdueOpen) {
    }

    @GET
    @WithSession
    public Uni<List<Row>> onTime(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("bad-period", "统计期间的结束日期早于开始日期", "The period ends before it starts");
        }
        var zone = clock.getZone();
        var start = from.atStartOfDay(zone).toInstant();
        var end = to.plusDays(1).atStartOfDay(zone).toInstant();
        var now = clock.instant();
        return Panache.getSession().flatMap(s -> s.createNativeQuery("select department_code, count(*), count(*) filter "
                                + "(where deadline is null or decided_at <= deadline) from approval_case where decided_at >= :start "
                                + "and decided_at < :end and status <> 'TERMINATED' group by department_code", Object[].class)
                        .setParameter("start", start).setParameter("end", end).getResultList()
                        .flatMap(decided -> s.createNativeQuery("select department_code, count(*) from approval_case where status in "
                                        + "('AWAITING_ACCEPTANCE', 'QUEUED') and deadline <= :now group by department_code", Object[].class)
                                .setParameter("now", now).getResultList()
                                .map(overdue -> rows(decided, overdue))));
    }

    static List<Row> rows(List<Object[]> decided, List<Object[]> overdue) {
        Map<String, long[]> by = new TreeMap<>();
        decided.forEach(r -> {
            long[] a = by.computeIfAbsent((String) r[0], k -> new long[3]);
            a[0] = ((Number) r[1]).longValue();
            a[1] = ((Number) r[2]).longValue();
        });
        overdue.forEach(r -> by.computeIfAbsent((String) r[0], k -> new long[3])[2] = ((Number) r[1]).longValue());
        List<Row> out = new ArrayList<>();
        by.forEach((d, a) -> out.add(new Row(d, a[0], a[1], a[0] == 0 ? 0.0
                : BigDecimal.valueOf(a[1] * 100.0 / a[0]).setScale(2, RoundingMode.HALF_UP).doubleValue(), a[2])));
        return out;
    }
}
