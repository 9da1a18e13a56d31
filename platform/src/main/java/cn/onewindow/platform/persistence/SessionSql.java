package cn.onewindow.platform.persistence;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.mutiny.impl.MutinySessionImpl;
import org.hibernate.reactive.pool.ReactiveConnection;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A plain SQL statement on the current session's connection, so inside its transaction, without Hibernate's
 * query layer: for the statements every event or every case runs (the inbox's claim, a case number, a lock).
 * Hibernate plans a native select again on every call — its plan-cache key for a native result never equals
 * the one before, so each call adds an entry that every later lookup of the same SQL walks past
 * (docs/performance.md, session 11). Parameters are positional ({@code $1}, {@code $2} …); an
 * {@link Instant} is bound as a {@code timestamptz}. Unlike a Hibernate query this does not flush the
 * session first: use it for statements that do not read what the same transaction changed through entities.
 */
public final class SessionSql {
    private SessionSql() {
    }

    /** Runs an insert, update or delete; the number of rows it changed. */
    public static Uni<Integer> update(String sql, Object... params) {
        return connection().flatMap(c -> Uni.createFrom().completionStage(() -> c.update(sql, bind(params))));
    }

    /** Runs a query; its rows, each as the columns' values in order. */
    public static Uni<List<Object[]>> select(String sql, Object... params) {
        return connection().flatMap(c -> Uni.createFrom().completionStage(() -> c.select(sql, bind(params))))
                .map(result -> {
                    List<Object[]> rows = new ArrayList<>(result.size());
                    result.forEachRemaining(rows::add);
                    return rows;
                });
    }

    /** The first column of the single row a query returns. */
    public static <T> Uni<T> single(Class<T> type, String sql, Object... params) {
        return select(sql, params).map(rows -> {
            if (rows.size() != 1) {
                throw new IllegalStateException("expected one row, got " + rows.size() + ": " + sql);
            }
            return type.cast(rows.get(0)[0]);
        });
    }

    static Uni<ReactiveConnection> connection() {
        return Panache.getSession().map(SessionSql::connectionOf);
    }

    private static ReactiveConnection connectionOf(Mutiny.Session session) {
        if (session instanceof MutinySessionImpl impl) {
            return impl.getReactiveConnection();
        }
        throw new IllegalStateException("no reactive connection behind " + session.getClass().getName());
    }

    static Object[] bind(Object[] params) {
        Object[] bound = params.clone();
        for (int i = 0; i < bound.length; i++) {
            if (bound[i] instanceof Instant instant) {
                bound[i] = instant.atOffset(ZoneOffset.UTC);
            }
        }
        return bound;
    }
}
