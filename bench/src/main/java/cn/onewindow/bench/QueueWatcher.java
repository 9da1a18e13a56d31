package cn.onewindow.bench;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The department's system as a real one works: it polls its feed ({@code /feed?after=cursor}) and
 * learns of new cases in batches, instead of asking after each case. A journey waits here for its case.
 */
public class QueueWatcher implements Runnable {
    private final Api api;
    private final Tokens tokens;
    private final Map<String, CompletableFuture<Instant>> waiting = new ConcurrentHashMap<>();
    private final Map<String, Instant> seenEarly = new ConcurrentHashMap<>();
    private volatile boolean running = true;
    private long cursor;

    public QueueWatcher(Api api, Tokens tokens, long startCursor) {
        this.api = api;
        this.tokens = tokens;
        this.cursor = startCursor;
    }

    /** When the case was first seen in the department's queue. */
    public CompletableFuture<Instant> queued(String caseId) {
        Instant early = seenEarly.remove(caseId);
        if (early != null) {
            return CompletableFuture.completedFuture(early);
        }
        CompletableFuture<Instant> f = waiting.computeIfAbsent(caseId, k -> new CompletableFuture<>());
        early = seenEarly.remove(caseId); // seen between the two looks
        if (early != null) {
            f.complete(early);
        }
        return f;
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
                        String id = c.path("caseId").asText();
                        CompletableFuture<Instant> f = waiting.remove(id);
                        if (f != null) {
                            f.complete(now);
                        } else {
                            seenEarly.put(id, now);
                        }
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
