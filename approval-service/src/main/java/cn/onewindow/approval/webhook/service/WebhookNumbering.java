package cn.onewindow.approval.webhook.service;

import jakarta.enterprise.context.ApplicationScoped;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;

/**
 * Gives kept events their delivery positions, the numbers a webhook's cursor, {@code ce-sequence} and replay count in.
 *
 * <p>Why not the row's own serial number: rows are written inside the transactions of approval's acts, which commit in
 * any order, so number 11 can become visible before number 10. A worker that delivered 11 and moved the cursor past it
 * would never send 10. A lock held from the number to the commit would order them, but every act of a department with
 * a webhook would then queue on it — and an act holding it while it waits for a case row that a deadline monitor holds,
 * which waits for the lock, is a deadlock. Instead the acts write freely, each row marked with its transaction id, and
 * a row is numbered only once every transaction older than its own has ended ({@code txid} below the oldest
 * still-running transaction): no row can then appear behind it. Rows are numbered in transaction order, and in writing
 * order within a transaction. A transaction's id is given at its first write, and acts on one case are serialised by
 * the case row, so a case's events keep the order of its acts — unless an act wrote before it read the case (the
 * inbox's claim of a Kafka event comes first) and another act on the case committed in between: docs/webhooks.md.
 *
 * <p>One instance numbers at a time: the counter row is locked with {@code SKIP LOCKED}, and an instance that finds it
 * taken leaves the numbering to the one that has it.
 */
@ApplicationScoped
public class WebhookNumbering {
    /** Whether anything waits to be numbered: a read on the partial index, so an idle round writes nothing. */
    private static final String WAITING = "select 1 from webhook_delivery where position is null limit 1";
    private static final String COUNTER = "select last from webhook_position where id = 1 for update skip locked";
    /** The ended transactions' rows, oldest first; a new statement, so its snapshot is taken after the counter's lock. */
    private static final String NUMBER = "with due as (select seq, row_number() over (order by txid, seq) as n "
            + "from webhook_delivery where position is null and txid < pg_snapshot_xmin(pg_current_snapshot()) "
            + "order by txid, seq limit $2) "
            + "update webhook_delivery d set position = $1 + due.n from due where d.seq = due.seq";
    private static final String ADVANCE = "update webhook_position set last = $1 where id = 1";
    private static final int BATCH = 5000;

    private final Pool pool;

    public WebhookNumbering(Pool pool) {
        this.pool = pool;
    }

    /** Numbers the rows whose transactions have ended (at most a batch); how many it numbered. */
    public Uni<Integer> number() {
        return pool.preparedQuery(WAITING).execute().flatMap(waiting -> waiting.size() == 0 ? Uni.createFrom().item(0) : numberWaiting());
    }

    private Uni<Integer> numberWaiting() {
        return pool.withTransaction(conn -> conn.preparedQuery(COUNTER).execute().flatMap(counter -> {
            if (counter.size() == 0) {
                return Uni.createFrom().item(0); // another instance is numbering
            }
            long last = counter.iterator().next().getLong(0);
            return conn.preparedQuery(NUMBER).execute(Tuple.of(last, BATCH)).flatMap(numbered -> {
                int n = numbered.rowCount();
                return n == 0 ? Uni.createFrom().item(0)
                        : conn.preparedQuery(ADVANCE).execute(Tuple.of(last + n)).replaceWith(n);
            });
        }));
    }
}
