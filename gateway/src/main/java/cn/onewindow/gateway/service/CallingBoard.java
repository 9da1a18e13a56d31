package cn.onewindow.gateway.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;

/**
 * The hall's calling screen (叫号屏): today's last calls, newest first, and each new call as it
 * happens. Only ticket numbers and windows — nothing personal — so the display needs no login.
 */
@ApplicationScoped
public class CallingBoard {
    static final int SHOWN = 12;

    public record Call(String ticketNumber, String window, String kind, String day, java.time.Instant at) {
    }

    private final Clock clock;
    private final Deque<Call> recent = new ArrayDeque<>();
    private final BroadcastProcessor<Call> live = BroadcastProcessor.create();

    public CallingBoard(Clock clock) {
        this.clock = clock;
    }

    /** A call of an earlier day (the topic is read from its start when the gateway starts) is not shown. */
    public void called(Call call) {
        if (!LocalDate.ofInstant(clock.instant(), clock.getZone()).toString().equals(call.day())) {
            return;
        }
        synchronized (recent) {
            recent.removeIf(c -> c.ticketNumber().equals(call.ticketNumber()));
            recent.addFirst(call);
            while (recent.size() > SHOWN) {
                recent.removeLast();
            }
        }
        live.onNext(call);
    }

    public List<Call> recent() {
        synchronized (recent) {
            String today = LocalDate.ofInstant(clock.instant(), clock.getZone()).toString();
            return recent.stream().filter(c -> c.day().equals(today)).toList();
        }
    }

    public Multi<Call> live() {
        return live;
    }
}
