package cn.onewindow.platform.persistence;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.Supplier;

import org.jboss.logging.Logger;

import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * A background monitor's scan over the rows of one table that have come due (a deadline to warn of, a limit passed, an
 * invitation to send): the part every such monitor shares, so the monitor states only which rows, what flag and which
 * event. Each scan runs in a transaction of its own and
 * <ol>
 * <li>claims up to {@code batch} due rows with {@code FOR UPDATE SKIP LOCKED} ({@link SkipLocked#ids}, in id order):
 * a row another instance holds is skipped, not waited for, and stays locked by this one until the commit;</li>
 * <li>loads them with the monitor's own query (which fixes their order), unless none was claimed;</li>
 * <li>acts on each in turn — one after the other, a reactive session allows one operation at a time;</li>
 * <li>counts what it did.</li>
 * </ol>
 * A failure anywhere fails the scan: its transaction rolls back (nothing flagged, nothing announced, the locks go)
 * and the next tick scans again ({@link #retryNextTick}).
 * <p>
 * {@link #flag} is the common act: set a flag column beside the row's version ({@link MonitorFlags}) and announce
 * only the rows this call set, so two scans never announce one row twice. {@link #each} is for an act that changes
 * the row itself (through the entity) or is not a flag at all.
 *
 * @param <E> the entity the claimed rows are loaded as
 */
public final class DueScan<E> {
    /** How the scan claims rows: {@link SkipLocked#ids} (a seam for the unit test). */
    @FunctionalInterface
    interface Claim {
        Uni<List<String>> ids(String table, String idColumn, String where, Instant now, int limit);
    }

    /** How a flag is set: {@link MonitorFlags#set} (a seam for the unit test). */
    @FunctionalInterface
    interface Flag {
        Uni<Boolean> set(String table, String idColumn, String id, String column, Instant at);
    }

    /** Runs a scan in a transaction of its own: {@link Panache#withTransaction(Supplier)} (a seam for the unit test). */
    @FunctionalInterface
    interface Transaction {
        Uni<Integer> run(Supplier<Uni<Integer>> work);
    }

    private final String table;
    private final String idColumn;
    private final int batch;
    private final Function<List<String>, Uni<List<E>>> load;
    private final Transaction transaction;
    private final Claim claim;
    private final Flag flags;

    DueScan(String table, String idColumn, int batch, Function<List<String>, Uni<List<E>>> load, Transaction transaction,
            Claim claim, Flag flags) {
        if (batch < 1) {
            throw new IllegalArgumentException("a scan claims at least one row: " + batch);
        }
        this.table = table;
        this.idColumn = idColumn;
        this.batch = batch;
        this.load = load;
        this.transaction = transaction;
        this.claim = claim;
        this.flags = flags;
    }

    /**
     * @param table    the table scanned (the caller's constant, never input)
     * @param idColumn its id as text: a text column, or an expression such as {@code id::text} — then {@link #each}
     *                 only, as a flag is set by a plain column ({@code idColumn = id})
     * @param batch    at most this many rows per scan; the next tick takes the rest
     * @param load     the claimed rows as entities, from their ids (never called with none); its query fixes the order
     *                 in which they are acted on
     */
    public static <E> DueScan<E> of(String table, String idColumn, int batch, Function<List<String>, Uni<List<E>>> load) {
        return new DueScan<>(table, idColumn, batch, load, Panache::withTransaction, SkipLocked::ids, MonitorFlags::set);
    }

    /**
     * In a transaction of its own: claims the rows {@code where} selects and sets {@code column} to {@code now} on each
     * that does not have it yet, with its own SQL (the row's version stays); {@code announce} runs for those this call
     * set — and only those — in the same transaction, so the flag and its event commit together.
     *
     * @param where an SQL condition over the table; {@code :now} is bound to {@code now}
     * @param id    the row's id, as {@code idColumn} holds it
     * @return how many rows this scan flagged
     */
    public Uni<Integer> flag(String where, Instant now, String column, Function<E, String> id, Function<E, Uni<?>> announce) {
        return scan(where, now, row -> flags.set(table, idColumn, id.apply(row), column, now).call(first -> first
                ? announce.apply(row) : Uni.createFrom().voidItem()));
    }

    /**
     * In a transaction of its own: claims the rows {@code where} selects and applies {@code act} to each, in the
     * loader's order. The act keeps a row from being selected again (a column set through the entity, a status
     * changed), in the same transaction.
     *
     * @param where an SQL condition over the table; {@code :now} is bound to {@code now}
     * @return how many rows it acted on
     */
    public Uni<Integer> each(String where, Instant now, Function<E, Uni<?>> act) {
        return scan(where, now, row -> act.apply(row).replaceWith(true));
    }

    /** Claims, loads and acts; the number of acts that answered true. */
    private Uni<Integer> scan(String where, Instant now, Function<E, Uni<Boolean>> act) {
        return transaction.run(() -> claim.ids(table, idColumn, where, now, batch)
                .flatMap(ids -> ids.isEmpty() ? Uni.createFrom().item(List.<E>of()) : load.apply(ids))
                .flatMap(rows -> {
                    var counted = new AtomicInteger();
                    return SkipLocked.inOrder(rows, row -> act.apply(row).invoke(yes -> {
                        if (yes) {
                            counted.incrementAndGet();
                        }
                    })).map(x -> counted.get());
                }));
    }

    /**
     * A monitor's scheduled scan: a failure is logged as {@code failed} (with its cause) and goes no further, so the
     * scheduler's next tick scans again — the failed scan's transaction rolled back, its rows are due still.
     */
    public static Uni<Void> retryNextTick(Uni<?> scan, Logger log, String failed) {
        return scan.onFailure().invoke(e -> log.warn(failed, e)).onFailure().recoverWithNull().replaceWithVoid();
    }
}
