package cn.onewindow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * Where a settled case's journey learns its end: the evaluation service — the last one a settled case reaches —
 * notes each result that reached the issuance window ({@code result_ready}, from issuance's result-ready event).
 * The settled journey makes no call after its take-in (an API polled per case is the very load it leaves out),
 * so the driver reads evaluation's database instead: all waiting cases in one query every 200 ms. A journey
 * learns when the driver saw its case there; when evaluation itself recorded it, Stages reads after the run.
 */
class ReadyCases extends DatabaseWatcher<Instant> {
    /** Postgres' "undefined table". */
    private static final String UNDEFINED_TABLE = "42P01";

    private ReadyCases(Databases db) {
        super(db, "evaluation", Duration.ofMillis(200), QueueWatcher.PATIENCE);
    }

    /**
     * A watcher over evaluation's database — refused before any case starts when evaluation keeps no
     * {@code result_ready} (a suite older than it): no settled case could be seen to its end.
     */
    static ReadyCases open(Databases db) throws SQLException {
        try {
            db.scalar("evaluation", "select count(*) from result_ready where false");
        } catch (SQLException e) {
            if (UNDEFINED_TABLE.equals(e.getSQLState())) {
                throw new IllegalStateException("the settled journey ends when evaluation notes the result ready "
                        + "(result_ready), and evaluation's database has no such table: " + e.getMessage(), e);
            }
            throw e;
        }
        return new ReadyCases(db);
    }

    /** When the driver saw {@code caseId} noted ready in evaluation; fails if not within the patience. */
    CompletableFuture<Instant> ready(String caseId) {
        return await(caseId, "case " + caseId + " not noted ready in evaluation");
    }

    @Override
    void read(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select case_id from result_ready where case_id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                Instant seen = Instant.now();
                while (r.next()) {
                    var ready = waiting(r.getString(1));
                    if (ready != null) {
                        ready.complete(seen);
                    }
                }
            }
        }
    }
}
