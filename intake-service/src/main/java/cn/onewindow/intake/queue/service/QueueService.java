package cn.onewindow.intake.queue.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.events.TicketCalled;
import cn.onewindow.contracts.events.TicketIssued;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.intake.queue.model.Ticket;
import cn.onewindow.intake.takein.service.CaseNumbers;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The single ticket queue for all comprehensive windows. "Call next" claims the first waiting ticket
 * with {@code FOR UPDATE SKIP LOCKED}, so windows calling at the same instant never get the same
 * number; every issue and call is published on {@value Topics#QUEUE} for the hall's calling screen.
 */
@ApplicationScoped
public class QueueService {
    static final Map<String, String> PREFIX = Map.of("NORMAL", "A", "PRIORITY", "V", "APPOINTMENT", "Y");

    private final Outbox outbox;
    private final Clock clock;
    private final CaseNumbers counters;
    private final String hall;

    public QueueService(Outbox outbox, Clock clock, CaseNumbers counters, HallSettings hall) {
        this.outbox = outbox;
        this.clock = clock;
        this.counters = counters;
        this.hall = hall.code();
    }

    @WithTransaction
    public Uni<Ticket> issue(String kind, Actor actor) {
        var now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        return counters.nextValue(hall + "-Q-" + kind, day).flatMap(n -> {
            var t = new Ticket();
            t.ticketNumber = PREFIX.get(kind) + "%03d".formatted(n);
            t.day = day;
            t.kind = kind;
            t.status = "WAITING";
            t.issuedAt = now;
            t.issuedBy = actor.username() == null ? actor.userId() : actor.username();
            return t.<Ticket>persist().call(() -> outbox.publish(new TicketIssued(t.ticketNumber, t.day.toString(), t.kind,
                    t.status, t.windowNo, clock.instant(), t.calledBy)));
        });
    }

    /** The next ticket for {@code windowNo}: appointments first, then priority, then normal, oldest first. */
    @WithTransaction
    public Uni<Ticket> callNext(String windowNo, Actor clerk) {
        var now = clock.instant();
        LocalDate day = LocalDate.ofInstant(now, clock.getZone());
        return Panache.getSession().flatMap(s -> s.createNativeQuery("select * from ticket where day = :day and status = 'WAITING' "
                                + "order by case kind when 'APPOINTMENT' then 0 when 'PRIORITY' then 1 else 2 end, issued_at "
                                + "limit 1 for update skip locked", Ticket.class)
                        .setParameter("day", day).getResultList())
                .flatMap(found -> {
                    if (found.isEmpty()) {
                        return Uni.createFrom().failure(new ProblemException(404, "queue-empty", "当前没有等候的号码",
                                "Nobody is waiting"));
                    }
                    Ticket t = found.get(0);
                    t.status = "CALLED";
                    t.calledAt = now;
                    t.windowNo = windowNo;
                    t.calledBy = clerk.username() == null ? clerk.userId() : clerk.username();
                    // calledBy tells the statistics which window a clerk's take-in was made at (evaluation-service,
                    // on-time rate per window)
                    return outbox.publish(new TicketCalled(t.ticketNumber, t.day.toString(), t.kind, t.status, t.windowNo,
                            clock.instant(), t.calledBy)).replaceWith(t);
                });
    }

    @WithSession
    public Uni<List<Ticket>> today(String status) {
        LocalDate day = LocalDate.ofInstant(clock.instant(), clock.getZone());
        return Ticket.find("day = ?1 and status = ?2 order by issuedAt", day, status).list();
    }

}
