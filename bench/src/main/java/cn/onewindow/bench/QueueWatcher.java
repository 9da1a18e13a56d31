package cn.onewindow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The department's system as a real one works: it polls its feed ({@code /feed?after=cursor}) and
 * learns of new cases in batches, instead of asking after each case. A journey waits here for its case.
 */
public class QueueWatcher implements Runnable {
    /** Longer than any outage the fault runs make (Kafka down a minute, then the backlog). */
    static final Duration PATIENCE = Duration.ofMinutes(4);

    private final Api api;
    private final Tokens tokens;
    /**
     * One future per case, made by whichever side comes first — the journey asking or the feed showing
     * it — and completed by the feed. A single map changed only by {@code computeIfAbsent} leaves no gap
     * between "not yet asked for" and "seen" (two maps did: a case the feed showed at the instant its
     * journey asked for it was waited for for ever).
     */
    private final Map<String, CompletableFuture<Instant>> cases = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private long cursor;

    public QueueWatcher(Api api, Tokens tokens, long startCursor) {
        this.api = api;
        this.tokens = tokens;
        this.cursor = startCursor;
    }

    /** When the case was first seen in the department's queue; fails if it is not seen within {@link #PATIENCE}. */
    public CompletableFuture<Instant> queued(String caseId) {
        return queued(caseId, PATIENCE);
    }

    CompletableFuture<Instant> queued(String caseId, Duration patience) {
        CompletableFuture<Instant> seen = cases.computeIfAbsent(caseId, k -> new CompletableFuture<>());
        return seen.copy().orTimeout(patience.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((t, e) -> cases.remove(caseId, seen))
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(new IllegalStateException(
                        "case " + caseId + " not seen on the department feed within " + patience.toSeconds() + " s", e)));
    }

    /** The feed showed the case: its journey, waiting or still to ask, learns when. */
    void seen(String caseId, Instant when) {
        cases.computeIfAbsent(caseId, k -> new CompletableFuture<>()).complete(when);
    }

    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        while (running) {
            try {
                var answer = api.call("approval.feed", "GET", "/api/approval/department/cases/feed?limit=500&after=" + cursor,
                        Journey.departmentToken(tokens), null).join();
                Instant now = Instant.now();
                if (answer.ok()) {
                    for (JsonNode c : answer.body().path("cases")) {
                        seen(c.path("caseId").asText(), now);
                    }
                    cursor = answer.body().path("nextCursor").asLong(cursor);
                    if (answer.body().path("cases").size() >= 500) {
                        continue; // more waiting: read on at once
                    }
                }
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (RuntimeException e) {
                sleepQuietly();
            }
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
