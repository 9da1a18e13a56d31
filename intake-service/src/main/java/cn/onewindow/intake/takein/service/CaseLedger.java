package cn.onewindow.intake.takein.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.intake.queue.model.Ticket;
import cn.onewindow.intake.takein.model.IntakeCase;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The window's day in figures: the cases taken in on a day (the 办件台账, and "my cases" of one
 * first handler), and the day's volumes and waiting times for the supervisor's dashboard.
 */
@ApplicationScoped
public class CaseLedger {
    private final Clock clock;

    public CaseLedger(Clock clock) {
        this.clock = clock;
    }

    /** Today in the hall's time zone unless a day is given. */
    public LocalDate dayOrToday(LocalDate day) {
        return day != null ? day : LocalDate.ofInstant(clock.instant(), clock.getZone());
    }

    @WithSession
    public Uni<List<IntakeCase>> takenIn(LocalDate day, String firstHandlerId) {
        Instant from = day.atStartOfDay(clock.getZone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return firstHandlerId == null
                ? IntakeCase.find("acceptedAt >= ?1 and acceptedAt < ?2 order by acceptedAt desc", from, to).list()
                : IntakeCase.find("firstHandlerId = ?1 and acceptedAt >= ?2 and acceptedAt < ?3 order by acceptedAt desc",
                        firstHandlerId, from, to).list();
    }

    /** At most this many cases in "my cases" without a day: a list the clerk can still read, newest first. */
    static final int FOLLOWING_LIMIT = 500;

    /**
     * "My cases" as the first handler follows them (首办负责): the ones taken in on {@code day}, and the earlier ones
     * whose result has not reached the applicant yet or reached them that day — so a case decided or handed out
     * days after the intake is seen to get there, not left "accepted" on the day it came in.
     */
    @WithSession
    public Uni<List<IntakeCase>> following(LocalDate day, String firstHandlerId) {
        Instant from = day.atStartOfDay(clock.getZone()).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        return IntakeCase.<IntakeCase>find("firstHandlerId = ?1 and acceptedAt < ?2 and (acceptedAt >= ?3 or progress is null "
                        + "or progress <> 'DELIVERED' or progressAt >= ?3) order by acceptedAt desc", firstHandlerId, to, from)
                .page(0, FOLLOWING_LIMIT).list();
    }

    public record DayFigures(String day, int casesTakenIn, Map<String, Integer> byPath, Map<String, Integer> byDepartment,
                             int ticketsIssued, int ticketsCalled, int ticketsWaiting, double averageWaitMinutes,
                             double longestWaitMinutes) {
    }

    /** Waiting time = from the ticket to its call; those still waiting count up to now. */
    @WithSession
    public Uni<DayFigures> figures(LocalDate day) {
        return takenIn(day, null).flatMap(cases -> Ticket.<Ticket>find("day", day).list().map(tickets -> {
            Instant now = clock.instant();
            Map<String, Integer> byPath = new TreeMap<>();
            Map<String, Integer> byDepartment = new TreeMap<>();
            cases.forEach(c -> {
                byPath.merge(c.intakePath, 1, Integer::sum);
                byDepartment.merge(c.departmentCode, 1, Integer::sum);
            });
            int called = 0;
            int waiting = 0;
            double sum = 0;
            double longest = 0;
            for (Ticket t : tickets) {
                if ("WAITING".equals(t.status)) {
                    waiting++;
                } else if (t.calledAt != null) {
                    called++;
                }
                Instant end = t.calledAt != null ? t.calledAt : now;
                double minutes = Math.max(0, Duration.between(t.issuedAt, end).toSeconds() / 60.0);
                if (t.calledAt != null) {
                    sum += minutes;
                }
                longest = Math.max(longest, minutes);
            }
            return new DayFigures(day.toString(), cases.size(), byPath, byDepartment, tickets.size(), called, waiting,
                    called == 0 ? 0 : Math.round(sum / called * 10) / 10.0, Math.round(longest * 10) / 10.0);
        }));
    }
}
