package cn.onewindow.platform.persistence;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.hibernate.reactive.mutiny.Mutiny;
import org.hibernate.reactive.pool.ReactiveConnection;

import io.quarkus.hibernate.reactive.panache.Panache;
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
 * <p>
 * <b>Values the database works out</b> ({@link #defer}): a statement of the pipeline may produce a text — the gap-free
 * case number — that later statements of the same pipeline carry before Java knows it. Java builds those statements
 * with a placeholder in their text parameters; the database puts the value in as it runs them, and {@link #fill}
 * gives Java's own texts (the answer to the clerk, a log line) their values once the pipeline has run. So the lock
 * such a value takes is held from the pipeline's send to the commit — no round trip and no Java work in between
 * (docs/performance.md, session 16).
 */
public final class Pipeline {
    /** The transaction-local setting a deferred value is kept in for the statements after it (and only until the commit). */
    private static final String SETTING = "onewindow.deferred_";
    private static final Pattern PARAMETER = Pattern.compile("\\$(\\d+)(?!\\d)");
    private static final String COMMIT = "commit";
    /** What the caller's transaction runs after a {@link #runAndCommit()}: reads only, ended by its own commit. */
    private static final String READ_ONLY_AFTER = "begin read only";
    private static final Object[] NO_PARAMETERS = {};

    /**
     * @param known how many deferred values were defined before this statement (their placeholders may be in its texts)
     * @param defers the index of the value this statement produces, or -1
     */
    private record Statement(String sql, Object[] params, int known, int defers) {
    }

    private final List<Statement> statements = new ArrayList<>();
    private final List<Runnable> whenSent = new ArrayList<>();
    /** Random per pipeline: no text a user typed can contain a placeholder by chance or on purpose. */
    private String nonce;
    private String[] values = new String[0];
    private int deferred;
    private boolean ran;

    /** Adds a statement to send with the others; nothing is sent before {@link #run()}. */
    public Pipeline add(String sql, Object... params) {
        open();
        statements.add(new Statement(sql, params, deferred, -1));
        return this;
    }

    /**
     * Adds a statement that produces a text value, and returns the placeholder that stands for the value in the text
     * parameters of statements added after it (anywhere inside a text: a column of its own, a JSON document, a key).
     *
     * @param sql given the name of a transaction-local setting, a statement that stores the value with
     *            {@code set_config(name, value, true)} and returns it as the only column of its only row
     */
    public String defer(Function<String, String> sql, Object... params) {
        open();
        if (nonce == null) {
            var random = ThreadLocalRandom.current();
            nonce = Long.toHexString(random.nextLong()) + Long.toHexString(random.nextLong());
        }
        int index = deferred++;
        statements.add(new Statement(sql.apply(SETTING + index), params, index, index));
        return placeholder(index);
    }

    /** Whether a statement produces a value Java learns only from {@link #fill} after the run. */
    public boolean defers() {
        return deferred > 0;
    }

    /** {@code text} with every deferred value in place of its placeholder; call it after {@link #run()} succeeded. */
    public String fill(String text) {
        if (text == null || nonce == null || !text.contains(nonce)) {
            return text;
        }
        if (values.length < deferred) {
            throw new IllegalStateException("the pipeline has not run: its deferred values are not known yet");
        }
        String filled = text;
        for (int i = 0; i < deferred; i++) {
            filled = filled.replace(placeholder(i), values[i]);
        }
        return filled;
    }

    /** Runs {@code action} once every statement has been answered without failure (a log line that names a deferred value). */
    public Pipeline whenSent(Runnable action) {
        open();
        whenSent.add(action);
        return this;
    }

    public int size() {
        return statements.size();
    }

    /** Sends every statement, waits for all of them, and gives the number of rows each changed (or returned), in order. */
    public Uni<int[]> run() {
        return run(false);
    }

    /**
     * As {@link #run()}, and the transaction's COMMIT goes out right behind the statements, in the same round trip: a
     * lock the writes take (the gap-free case number) is then held only while PostgreSQL runs them and flushes the commit,
     * not while their answers travel back, wait for the event loop, and the COMMIT travels out after them — which under
     * load was most of the hold every other take-in of the hall queued behind (docs/performance.md, session 32).
     * <p>
     * The session's own pending changes are flushed first, into the transaction the COMMIT ends. When a statement fails,
     * PostgreSQL answers the COMMIT with a ROLLBACK: nothing stays, and the caller hears the statement's own failure. So
     * <b>nothing Java decides from the answers can undo the writes</b>: a check that must refuse them has to fail inside the
     * database (a unique key, a constraint); a deferred value's statement must answer its one row whatever happens
     * (CaseNumbers' upsert does). What the caller's transaction runs after this belongs to a read-only transaction that
     * its own commit ends: a write there fails loudly rather than committing apart from these writes. A failure after the
     * COMMIT (the connection lost before the read-only transaction ends) leaves the writes committed, as a lost answer to
     * a COMMIT always could: the take-in's Idempotency-Key is what makes the clerk's retry safe.
     */
    public Uni<int[]> runAndCommit() {
        open();
        return Panache.getSession().flatMap(Mutiny.Session::flush).flatMap(flushed -> run(true));
    }

    private Uni<int[]> run(boolean commit) {
        ran = true;
        if (commit) {
            statements.add(new Statement(COMMIT, NO_PARAMETERS, 0, -1));
            statements.add(new Statement(READ_ONLY_AFTER, NO_PARAMETERS, 0, -1));
        }
        int answered = commit ? statements.size() - 2 : statements.size();
        if (statements.isEmpty()) {
            return Uni.createFrom().item(new int[0]).invoke(this::sent);
        }
        if (statements.size() == 1 && deferred == 0) {
            Statement only = statements.get(0);
            return SessionSql.update(only.sql(), only.params()).map(n -> new int[] {n}).invoke(this::sent);
        }
        return SessionSql.connection().flatMap(c -> {
            List<CompletableFuture<Integer>> answers = new ArrayList<>(statements.size());
            String[] produced = new String[deferred];
            for (Statement s : statements) {
                answers.add(send(c, withValues(s), produced));
            }
            return Uni.createFrom().completionStage(() -> CompletableFuture.allOf(answers.toArray(CompletableFuture[]::new))
                            .handle((ignored, failure) -> answers))
                    .map(all -> Arrays.copyOf(counts(all), answered))
                    .invoke(() -> {
                        values = produced;
                        sent();
                    });
        });
    }

    private static CompletableFuture<Integer> send(ReactiveConnection c, Statement s, String[] produced) {
        if (s.defers() < 0) {
            return c.update(s.sql(), SessionSql.bind(s.params())).toCompletableFuture();
        }
        return c.select(s.sql(), SessionSql.bind(s.params())).toCompletableFuture().thenApply(result -> {
            if (result.size() != 1) {
                throw new IllegalStateException("a deferred value's statement returned " + result.size() + " rows: " + s.sql());
            }
            produced[s.defers()] = String.valueOf(result.next()[0]);
            return 1;
        });
    }

    /**
     * The statement as sent: each text parameter that holds placeholders is passed through {@code replace(…)} with
     * the setting of each value it holds — the placeholders themselves bound as extra parameters, so the statement's
     * text (and the server's prepared statement) stays the same from one take-in to the next.
     */
    private Statement withValues(Statement s) {
        if (s.known() == 0) {
            return s;
        }
        List<Object> params = null;
        Map<Integer, String> expressions = null;
        for (int i = 0; i < s.params().length; i++) {
            if (!(s.params()[i] instanceof String text) || !text.contains(nonce)) {
                continue;
            }
            if (params == null) {
                params = new ArrayList<>(Arrays.asList(s.params())); // nulls and all
                expressions = new HashMap<>();
            }
            String expression = "$" + (i + 1);
            for (int v = 0; v < s.known(); v++) {
                if (text.contains(placeholder(v))) {
                    params.add(placeholder(v));
                    expression = "replace(" + expression + ", $" + params.size() + ", current_setting('" + SETTING + v + "'))";
                }
            }
            expressions.put(i + 1, expression);
        }
        if (params == null) {
            return s;
        }
        Map<Integer, String> replace = expressions;
        String sql = PARAMETER.matcher(s.sql()).replaceAll(m -> Matcher.quoteReplacement(
                replace.getOrDefault(Integer.parseInt(m.group(1)), m.group())));
        return new Statement(sql, params.toArray(), s.known(), s.defers());
    }

    private String placeholder(int index) {
        // ASCII that JSON writes as it is: a placeholder inside an event's JSON payload is found there too
        return "{deferred:" + nonce + ":" + index + "}";
    }

    private void open() {
        if (ran) {
            throw new IllegalStateException("the pipeline has run: a statement added now would never be sent");
        }
    }

    private void sent() {
        whenSent.forEach(Runnable::run);
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
