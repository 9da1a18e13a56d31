package cn.onewindow.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

import org.jboss.logging.Logger;
import org.junit.jupiter.api.Test;

import io.smallrye.mutiny.Uni;

/**
 * The scan's own logic, without a database: what it claims, that it loads and acts only on what it claimed, one row
 * after the other in the loader's order, inside one transaction; that a flag is announced only where this scan set it;
 * and that a failure fails the whole scan (its transaction rolls back) but not the scheduler's next tick. The locking
 * itself is PostgreSQL's, covered by the services' component tests.
 */
class DueScanTest {
    static final Instant NOW = Instant.parse("2026-11-24T07:00:00Z");

    /** A fake database: the claimed ids, the flags already set, and everything the scan asked of it, in order. */
    static final class Db {
        final List<String> claimable;
        final Set<String> flagged = new HashSet<>();
        final List<String> log = Collections.synchronizedList(new ArrayList<>());
        int transactions;
        int loads;

        Db(String... claimable) {
            this.claimable = List.of(claimable);
        }

        DueScan<String> scan(int batch) {
            return scan(batch, ids -> {
                loads++;
                log.add("load " + ids);
                // the loader's own order (here: the reverse of the claim's), which the acts follow
                var rows = new ArrayList<>(ids);
                Collections.reverse(rows);
                return Uni.createFrom().item(rows);
            });
        }

        DueScan<String> scan(int batch, Function<List<String>, Uni<List<String>>> load) {
            return new DueScan<>("approval_case", "case_id", batch, load,
                    work -> {
                        transactions++;
                        log.add("begin");
                        return work.get().invoke(n -> log.add("commit"));
                    },
                    (table, idColumn, where, now, limit) -> {
                        log.add("claim " + table + " " + idColumn + " [" + where + "] " + now + " limit " + limit);
                        return Uni.createFrom().item(claimable.stream().limit(limit).toList());
                    },
                    (table, idColumn, id, column, at) -> {
                        log.add("set " + table + "." + column + " where " + idColumn + " = " + id + " to " + at);
                        return Uni.createFrom().item(flagged.add(id));
                    });
        }
    }

    /** An act that takes a while to answer: were the rows acted on at once, their starts and ends would interleave. */
    static Uni<Object> slowly(List<String> log, String row) {
        log.add("start " + row);
        return Uni.createFrom().item((Object) row).onItem().delayIt().by(Duration.ofMillis(15)).invoke(x -> log.add("end " + row));
    }

    @Test
    void claimsWhatTheMonitorSaysUpToTheBatchAndNeverLoadsWhenNothingIsDue() {
        var db = new Db();
        int n = db.scan(200).each("deadline <= :now", NOW, row -> Uni.createFrom().voidItem()).await().indefinitely();
        assertThat(n).isZero();
        assertThat(db.loads).as("nothing claimed, nothing loaded").isZero();
        assertThat(db.log).containsExactly("begin", "claim approval_case case_id [deadline <= :now] " + NOW + " limit 200", "commit");
    }

    @Test
    void actsOnEachClaimedRowOneAfterTheOtherInTheLoadersOrderInOneTransaction() {
        var db = new Db("C-1", "C-2", "C-3");
        int n = db.scan(2).each("x", NOW, row -> slowly(db.log, row)).await().atMost(Duration.ofSeconds(5));
        assertThat(n).isEqualTo(2);
        assertThat(db.transactions).isEqualTo(1);
        assertThat(db.log).containsExactly("begin", "claim approval_case case_id [x] " + NOW + " limit 2", "load [C-1, C-2]",
                "start C-2", "end C-2", "start C-1", "end C-1", "commit");
    }

    @Test
    void aFlagIsAnnouncedOnlyWhereThisScanSetItAndOnlyThoseCount() {
        var db = new Db("C-1", "C-2", "C-3");
        db.flagged.add("C-2"); // flagged already (by another scan that committed first)
        List<String> announced = new ArrayList<>();
        int n = db.scan(200).flag("warned_at is null", NOW, "warned_at", row -> row, row -> {
            announced.add(row);
            return Uni.createFrom().voidItem();
        }).await().indefinitely();
        assertThat(n).isEqualTo(2);
        assertThat(announced).containsExactly("C-3", "C-1");
        assertThat(db.log).contains("set approval_case.warned_at where case_id = C-2 to " + NOW);
        // a second scan over the same rows flags and announces nothing
        announced.clear();
        assertThat(db.scan(200).flag("warned_at is null", NOW, "warned_at", row -> row, row -> {
            announced.add(row);
            return Uni.createFrom().voidItem();
        }).await().indefinitely()).isZero();
        assertThat(announced).isEmpty();
    }

    @Test
    void theFlagAndItsEventGoInTurnRowByRow() {
        var db = new Db("C-1", "C-2");
        db.scan(200).flag("w", NOW, "overdue_at", row -> row, row -> slowly(db.log, row)).await().atMost(Duration.ofSeconds(5));
        assertThat(db.log.subList(3, db.log.size())).containsExactly(
                "set approval_case.overdue_at where case_id = C-2 to " + NOW, "start C-2", "end C-2",
                "set approval_case.overdue_at where case_id = C-1 to " + NOW, "start C-1", "end C-1", "commit");
    }

    @Test
    void aFailingActFailsTheScanSoItsTransactionRollsBackAndLaterRowsAreLeft() {
        var db = new Db("C-1", "C-2", "C-3");
        List<String> acted = new ArrayList<>();
        Uni<Integer> scan = db.scan(200).each("x", NOW, row -> {
            acted.add(row);
            return "C-2".equals(row) ? Uni.createFrom().failure(new IllegalStateException("outbox down")) : Uni.createFrom().voidItem();
        });
        assertThatThrownBy(() -> scan.await().indefinitely()).hasMessage("outbox down");
        assertThat(acted).containsExactly("C-3", "C-2");
        assertThat(db.log).doesNotContain("commit");
    }

    @Test
    void aFailedScanIsLoggedAndLeftToTheNextTick() {
        Logger log = Logger.getLogger(DueScanTest.class);
        Uni<Integer> failing = Uni.createFrom().failure(new IllegalStateException("database down"));
        assertThat(DueScan.retryNextTick(failing, log, "test monitor failed; next scan retries").await().indefinitely()).isNull();
        assertThat(DueScan.retryNextTick(Uni.createFrom().item(3), log, "unused").await().indefinitely()).isNull();
    }

    @Test
    void aScanClaimsAtLeastOneRow() {
        assertThatThrownBy(() -> new Db().scan(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
