package cn.onewindow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * The applicants' phones again: the notice that a result is ready at the issuance window, which the window queues
 * when the result arrives. A department's hand-over that came before its decision reached the window is kept and
 * applied when the decision arrives (202); the applicant then comes when told, not before — the driver waits for
 * this notice instead of asking the window again and again.
 */
public class ReadyNotices extends DatabaseWatcher<Void> {
    public ReadyNotices(Databases db) {
        super(db, "issuance", Duration.ofMillis(100), RatingNotices.PATIENCE);
    }

    /** Completes when the case's result-ready notice is queued; fails if none came within the patience. */
    public CompletableFuture<Void> ready(String caseId) {
        return await(caseId, "no result-ready notice reached the applicant of " + caseId);
    }

    @Override
    void read(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select case_id from notification where kind = 'RESULT_READY' and case_id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    var notice = waiting(r.getString(1));
                    if (notice != null) {
                        notice.complete(null);
                    }
                }
            }
        }
    }
}
