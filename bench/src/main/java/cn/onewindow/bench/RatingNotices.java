package cn.onewindow.bench;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The applicants' phones: an applicant's rating link arrives in the notice the issuance window queues for
 * them when the result is delivered (its notification outbox) — no staff endpoint hands rating tokens out,
 * since a clerk who could fetch them could rate their own work. One thread reads the notices of the cases
 * whose journeys wait for theirs, in one query every 250 ms over one connection, rather than a call per
 * case; a journey waits here for its tokens.
 */
public class RatingNotices extends DatabaseWatcher<Map<String, String>> {
    /** As long as a journey waits for its case on the department feed: longer than any outage of the fault runs. */
    static final Duration PATIENCE = QueueWatcher.PATIENCE;
    private static final Pattern TOKEN = Pattern.compile("[?&](front|back)=([A-Za-z0-9._-]+)");

    public RatingNotices(Databases db) {
        super(db, "issuance", Duration.ofMillis(250), PATIENCE);
    }

    /** The rating tokens by stage (FRONT_DESK, BACK_OFFICE) from the case's notice; fails if none came within {@link #PATIENCE}. */
    public CompletableFuture<Map<String, String>> tokens(String caseId) {
        return await(caseId, "no rating link reached the applicant of " + caseId);
    }

    @Override
    void read(Connection c, List<String> ids) throws SQLException {
        try (PreparedStatement s = c.prepareStatement("select case_id, body from notification"
                + " where kind = 'RATING_INVITATION' and case_id = any(?)")) {
            s.setArray(1, c.createArrayOf("text", ids.toArray()));
            try (ResultSet r = s.executeQuery()) {
                while (r.next()) {
                    var notice = waiting(r.getString(1));
                    if (notice != null) {
                        Map<String, String> tokens = parse(r.getString(2));
                        if (tokens.size() == 2) {
                            notice.complete(tokens);
                        } else {
                            notice.completeExceptionally(new IllegalStateException("no rating link in the notice: " + r.getString(2)));
                        }
                    }
                }
            }
        }
    }

    /** The tokens of the link in a notice's text ({@code front=} for the front desk, {@code back=} for the back office). */
    static Map<String, String> parse(String notice) {
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = TOKEN.matcher(notice == null ? "" : notice);
        while (m.find()) {
            out.putIfAbsent("front".equals(m.group(1)) ? "FRONT_DESK" : "BACK_OFFICE", m.group(2));
        }
        return out;
    }
}
