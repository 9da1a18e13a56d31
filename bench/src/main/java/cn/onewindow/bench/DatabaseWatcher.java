package cn.onewindow.bench;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Watches one service's database for what waiting journeys wait for: one thread reads it for all the cases
 * waited for, in one query every {@code tick} over one connection, rather than a call or a query per case —
 * the driver's own looking would otherwise grow with the cases in flight and load the suite it measures.
 * A journey asks for its case and waits; the query that finds it completes the wait. A database restarting
 * (a fault run) is connected to again.
 *
 * @param <T> what a journey learns of its case
 */
abstract class DatabaseWatcher<T> implements Runnable {
    private final Databases db;
    private final String service;
    private final Duration tick;
    private final Duration patience;
    /** One future per waiting journey, made by the journey and completed by {@link #read} when its case is found. */
    private final Map<String, CompletableFuture<T>> waiting = new ConcurrentHashMap<>();
    private volatile boolean running = true;

    DatabaseWatcher(Databases db, String service, Duration tick, Duration patience) {
        this.db = db;
        this.service = service;
        this.tick = tick;
        this.patience = patience;
    }

    /** Waits for {@code caseId}; fails, saying "{@code missed} within N s", if nothing was found within the patience. */
    CompletableFuture<T> await(String caseId, String missed) {
        CompletableFuture<T> found = waiting.computeIfAbsent(caseId, k -> new CompletableFuture<>());
        return found.copy().orTimeout(patience.toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((t, e) -> waiting.remove(caseId, found))
                .exceptionallyCompose(e -> CompletableFuture.failedFuture(new IllegalStateException(
                        missed + " within " + patience.toSeconds() + " s", e)));
    }

    /** Reads, in one query over {@code c}, what has come for the cases {@code ids}, and completes their {@link #waiting} futures. */
    abstract void read(Connection c, List<String> ids) throws SQLException;

    /** The future of a journey waiting for {@code caseId}, or null when none waits. */
    CompletableFuture<T> waiting(String caseId) {
        return waiting.get(caseId);
    }

    public void stop() {
        running = false;
    }

    @Override
    public void run() {
        Connection c = null;
        while (running) {
            try {
                List<String> ids = waiting.entrySet().stream().filter(e -> !e.getValue().isDone()).map(Map.Entry::getKey).toList();
                if (!ids.isEmpty()) {
                    if (c == null || c.isClosed()) {
                        c = db.open(service);
                    }
                    read(c, ids);
                }
                Thread.sleep(tick.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            } catch (SQLException | RuntimeException e) { // the database restarting (a fault run): connect again
                close(c);
                c = null;
                sleepQuietly();
            }
        }
        close(c);
    }

    private static void close(Connection c) {
        try {
            if (c != null) {
                c.close();
            }
        } catch (SQLException ignored) {
            // a broken connection: nothing left to close
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
