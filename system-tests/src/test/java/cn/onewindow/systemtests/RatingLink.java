package cn.onewindow.systemtests;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rating link as the applicant gets it: in the notice the issuance window queued for them at delivery
 * (its notification outbox; sent by SMS, in the local run to the mailbox). No staff endpoint hands rating
 * tokens out — a clerk who could fetch them could rate their own work — so the tests read what the
 * applicant is sent.
 */
final class RatingLink {
    private RatingLink() {
    }

    /** The tokens by stage (FRONT_DESK, BACK_OFFICE) from the applicant's rating notice, waiting up to {@code wait} for it. */
    static Map<String, String> tokens(String caseId, Duration wait) {
        long end = System.nanoTime() + wait.toNanos();
        while (true) {
            var rows = Db.query("issuance", "select body from notification where case_id = ? and kind = 'RATING_INVITATION'"
                    + " order by created_at limit 1", caseId);
            if (!rows.isEmpty()) {
                return parse(String.valueOf(rows.get(0).get("body")));
            }
            if (System.nanoTime() > end) {
                throw new AssertionError("no rating link reached the applicant of " + caseId + " within " + wait);
            }
            Http.sleep(200);
        }
    }

    static Map<String, String> parse(String notice) {
        Map<String, String> out = new LinkedHashMap<>();
        for (var stage : Map.of("FRONT_DESK", "front", "BACK_OFFICE", "back").entrySet()) {
            Matcher m = Pattern.compile("[?&]" + stage.getValue() + "=([A-Za-z0-9._-]+)").matcher(notice);
            if (!m.find()) {
                throw new AssertionError("no " + stage.getKey() + " token in the applicant's notice: " + notice);
            }
            out.put(stage.getKey(), m.group(1));
        }
        return out;
    }
}
