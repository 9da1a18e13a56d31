package cn.onewindow.evaluation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.evaluation.domain.HandlingTimes;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * On-time rate and actual against promised handling time per department, item, window or clerk over a period
 * (the day each result reached the issuance window, hall time). Actual: working days from the acceptance day to
 * the day the result was ready at the window (the hall's working-day calendar). A 容缺 case terminated for the
 * applicant's missing materials does not count against anyone, as in approval's department on-time rate.
 */
@ApplicationScoped
public class HandlingTimeService {
    public static final String UNKNOWN = "(unknown)";
    private final Clock clock;
    private final CalendarHolder calendars;

    public HandlingTimeService(Clock clock, CalendarHolder calendars) {
        this.clock = clock;
        this.calendars = calendars;
    }

    @WithSession
    public Uni<List<HandlingTimes.Row>> figures(String by, LocalDate from, LocalDate to) {
        String group = switch (by) {
            case "department" -> "f.department_code";
            case "item" -> "f.item_code || ' ' || f.item_name";
            case "clerk" -> "f.clerk_name";
            // the window its clerk last called a ticket to before the take-in, that day (QueueEventsConsumer)
            case "window" -> "coalesce((select w.window_no from window_call w where w.clerk = coalesce(f.clerk_username, f.clerk_id) "
                    + "and w.called_at <= f.accepted_at and cast(w.called_at at time zone :zone as date) = cast(f.accepted_at at time zone :zone as date) "
                    + "order by w.called_at desc limit 1), '" + UNKNOWN + "')";
            default -> throw ProblemException.invalid("unknown-dimension", "统计维度须为 department、item、window 或 clerk",
                    "by must be department, item, window or clerk");
        };
        if (to.isBefore(from)) {
            throw ProblemException.invalid("bad-period", "统计期间的结束日期早于开始日期", "The period ends before it starts");
        }
        var zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        // the days as text in the hall's zone: what the working-day count needs, whatever the driver maps timestamps to
        String sql = "select " + group + ", f.promised_days, to_char(f.accepted_at at time zone :zone, 'YYYY-MM-DD'), "
                + "to_char(r.ready_at at time zone :zone, 'YYYY-MM-DD') from result_ready r join case_fact f on f.case_id = r.case_id "
                + "where r.ready_at >= :start and r.ready_at < :end and f.promised_days is not null "
                + "and r.outcome is distinct from 'TERMINATED'";
        var calendar = calendars.calendar();
        return Panache.getSession().flatMap(s -> s.createNativeQuery(sql, Object[].class).setParameter("zone", zone.getId())
                        .setParameter("start", start).setParameter("end", end).getResultList())
                .map(rows -> HandlingTimes.rows(rows.stream().map(r -> new HandlingTimes.Sample(String.valueOf(r[0]),
                        ((Number) r[1]).intValue(), Math.max(0, calendar.workingDaysBetween(LocalDate.parse((String) r[2]),
                        LocalDate.parse((String) r[3]))))).toList()));
    }
}
