package cn.onewindow.evaluation.enquiry.service;

import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import cn.onewindow.contracts.Actor;
import cn.onewindow.evaluation.enquiry.model.ReturnVisit;
import cn.onewindow.evaluation.enquiry.rules.VisitOutcome;
import cn.onewindow.evaluation.enquiry.rules.VisitShare;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;

/**
 * 回访 after service: once a month has ended, a share of the cases delivered in it (evaluation knows them from
 * issuance's ResultDelivered) is drawn for a visit by phone or SMS — {@link VisitShare} of the configured percent, at
 * least one — in an order fixed by the case and month (reproducible, and no department chooses which). The draw is
 * made once per month (its row's primary key), whichever instance comes first. The enquiry desk records each visit as
 * it records an enquiry's ({@link VisitOutcome}); the coverage (visited, i.e. reached, of due) is a supervision figure.
 */
@ApplicationScoped
public class ReturnVisitService {
    private static final Logger LOG = Logger.getLogger(ReturnVisitService.class);
    private final Clock clock;
    private final int sharePercent;

    public ReturnVisitService(Clock clock, @ConfigProperty(name = "onewindow.return-visit.share-percent") int sharePercent) {
        this.clock = clock;
        this.sharePercent = sharePercent;
        VisitShare.tasks(1, sharePercent); // a share out of 1–100 stops the start, not the first draw
    }

    /** A month's figures: delivered, drawn (due), attempted, reached (visited), coverage, the average rating. */
    public record Coverage(String month, boolean drawn, long delivered, long due, long attempted, long visited,
                           Double coverage, Double averageSatisfaction) {
    }

    @Scheduled(every = "${onewindow.return-visit.draw-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    Uni<Void> scheduled() {
        return drawEndedMonth().onFailure().invoke(e -> LOG.warn("return-visit draw failed; next look retries", e))
                .onFailure().recoverWithNull().replaceWithVoid();
    }

    /** Draws the month before the clock's, if not drawn yet: a month is drawn once all its deliveries are in. */
    public Uni<Integer> drawEndedMonth() {
        return draw(YearMonth.now(clock).minusMonths(1));
    }

    /** The month's draw; how many tasks this call made (0 when it was drawn before). */
    public Uni<Integer> draw(YearMonth month) {
        Instant start = month.atDay(1).atStartOfDay(clock.getZone()).toInstant();
        Instant end = month.plusMonths(1).atDay(1).atStartOfDay(clock.getZone()).toInstant();
        String m = month.toString();
        return Panache.withTransaction(() -> SessionSql.single(Long.class,
                        "select count(*) from evaluation_case where delivered_at >= $1 and delivered_at < $2", start, end)
                .flatMap(delivered -> {
                    int tasks = VisitShare.tasks(delivered.intValue(), sharePercent);
                    return SessionSql.update("insert into return_visit_month (month, delivered, drawn, share_percent, drawn_at)"
                                    + " values ($1, $2, $3, $4, $5) on conflict (month) do nothing", m, delivered.intValue(), tasks,
                                    sharePercent, clock.instant())
                            .flatMap(first -> first == 0 ? Uni.createFrom().item(0) : SessionSql.update(
                                    "insert into return_visit (month, case_id, department_code, item_name, delivered_at)"
                                            + " select $1, e.case_id, e.department_code, f.item_name, e.delivered_at"
                                            + " from evaluation_case e left join case_fact f on f.case_id = e.case_id"
                                            + " where e.delivered_at >= $2 and e.delivered_at < $3"
                                            + " order by md5(e.case_id || $1) limit $4", m, start, end, tasks));
                }));
    }

    /** The month's tasks, those not yet visited first. */
    @WithSession
    public Uni<List<ReturnVisit>> list(YearMonth month) {
        return ReturnVisit.list("month = ?1 order by case when reached = true then 1 else 0 end, deliveredAt", month.toString());
    }

    @WithTransaction
    public Uni<ReturnVisit> record(long id, boolean reached, String channel, Integer satisfaction, String note, Actor actor) {
        return ReturnVisit.<ReturnVisit>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("回访任务 return visit", String.valueOf(id)))
                .invoke(v -> {
                    VisitOutcome.check(reached, satisfaction, Boolean.TRUE.equals(v.reached));
                    v.attempts++;
                    v.reached = reached;
                    v.channel = channel;
                    v.satisfaction = satisfaction;
                    v.note = note;
                    v.visitedBy = actor.name();
                    v.visitedById = actor.userId();
                    v.visitedAt = clock.instant();
                });
    }

    @WithSession
    public Uni<Coverage> coverage(YearMonth month) {
        String m = month.toString();
        return SessionSql.select("select d.delivered, count(v.id), count(v.id) filter (where v.attempts > 0),"
                        + " count(v.id) filter (where v.reached), avg(v.satisfaction) filter (where v.reached)"
                        + " from return_visit_month d left join return_visit v on v.month = d.month where d.month = $1"
                        + " group by d.delivered", m)
                .map(rows -> {
                    if (rows.isEmpty()) {
                        return new Coverage(m, false, 0, 0, 0, 0, null, null);
                    }
                    Object[] r = rows.get(0);
                    long due = ((Number) r[1]).longValue();
                    long visited = ((Number) r[3]).longValue();
                    Double average = r[4] == null ? null : Math.round(((Number) r[4]).doubleValue() * 100) / 100.0;
                    return new Coverage(m, true, ((Number) r[0]).longValue(), due, ((Number) r[2]).longValue(), visited,
                            VisitShare.coverage(visited, due), average);
                });
    }
}
