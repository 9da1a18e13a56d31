package cn.onewindow.common.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import io.smallrye.mutiny.Uni;

/**
 * Writes sent together on the current transaction's connection: every statement goes out at once and
 * PostgreSQL answers them in order (the client pipelines them), so {@code n} inserts cost one round trip
 * instead of {@code n}. For a transaction that holds a lock others queue on — the gap-free case number —
 * the round trips between the lock and the commit are what the others wait for (docs/performance.md,
 * session 14).
 * <p>
 * The statements run in the order added and inside the caller's transaction, like {@link SessionSql}'s
 * (no Hibernate flush before them). When one fails, PostgreSQL refuses the rest of the transaction
 * ({@code 25P02}); {@link #run()} fails with the first statement's own failure, and the caller's
 * transaction rolls back as with any failed statement.
 */
public final class Pipeline {
    private record Statement(String sql, Object[] params) {
    }

    private final List<Statement> statements = new ArrayList<>();
    private boolean ran;

    /** Adds a statement to send with the others; nothing is sent before {@link #run()}. */
    public Pipeline add(String sql, Object... params) {
        if (ran) {
            throw new IllegalStateException("the pipeline has run: a statement added now would never be sent");
        }
        statements.add(new Statement(sql, params));
        return this;
    }

    public int size() {
        return statements.size();
    }

    /** Sends every statement, waits for all of them, and gives the number of rows each changed, in order. */
    public Uni<int[]> run() {
        ran = true;
        if (statements.isEmpty()) {
            return Uni.createFrom().item(new int[0]);
        }
        if (statements.size() == 1) {
            Statement only = statements.get(0);
            return SessionSql.update(only.sql(), only.params()).map(n -> new int[] {n});
        }
        return SessionSql.connection().flatMap(c -> {
            List<CompletableFuture<Integer>> answers = new ArrayList<>(statements.size());
            for (Statement s : statements) {
                answers.add(c.update(s.sql(), SessionSql.bind(s.params())).toCompletableFuture());
            }
            return Uni.createFrom().completionStage(() -> CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                            .handle((ignored, failure) -> answers))
                    .map(Pipeline::counts);
        });
    }

    /** The rows each statement changed; or the first failure in statement order (the rest fail because of it). */
    private static int[] counts(List<CompletableFuture<Integer>> answers) {
        int[] counts = new int[answers.size()];
        for (int i = 0; i < counts.length; i++) {
            try {
                counts[i] = answers.get(i).join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
        return counts;
    }
}
