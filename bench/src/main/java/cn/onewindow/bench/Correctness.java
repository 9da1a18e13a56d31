package cn.onewindow.bench;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * After a run, every case taken in is looked up in every service's database: it must be there once,
 * in its end state, with one effect of each kind (one licence, one notice, one rating), and its clock
 * right (started at acceptance, the promised days plus its stops on the official calendar; a
 * supplement stop closed again).
 */
public class Correctness {
    public record Result(int cases, int completedByDriver, long lost, long duplicated, Map<String, Long> checks) {
        boolean ok() {
            return lost == 0 && duplicated == 0 && checks.values().stream().allMatch(v -> v == 0);
        }
    }

    /**
     * {@code caseIds}: every case taken in; {@code completed}: those the driver took to the end (rated).
     * A case the driver gave up on must still have reached the department's queue: what the system
     * does by itself (route, queue) is checked for all, what needs the people's acts for the completed.
     */
    public static Result check(Databases db, List<String> caseIds, List<String> completed, List<String> supplementCaseIds)
            throws SQLException {
        String[] all = caseIds.toArray(String[]::new);
        String[] ids = completed.toArray(String[]::new);
        String[] supp = supplementCaseIds.stream().filter(completed::contains).toArray(String[]::new);
        int n = ids.length;
        Map<String, Long> missing = new LinkedHashMap<>();
        Map<String, Long> twice = new LinkedHashMap<>();
        Map<String, Long> checks = new LinkedHashMap<>();

        missing.put("intake case", all.length - db.scalar("intake", "select count(distinct case_id) from intake_case where case_id = any(?)", (Object) all));
        missing.put("routing assignment", all.length - db.scalar("routing", "select count(distinct case_id) from routing_assignment where case_id = any(?)", (Object) all));
        twice.put("routing assignment", db.scalar("routing", "select count(*) - count(distinct case_id) from routing_assignment where case_id = any(?)", (Object) all));
        missing.put("in a department queue", all.length - db.scalar("approval", "select count(distinct case_id) from approval_case where case_id = any(?)", (Object) all));
        missing.put("approved", n - db.scalar("approval", "select count(*) from approval_case where case_id = any(?) and status = 'APPROVED'", (Object) ids));
        missing.put("delivered", n - db.scalar("issuance", "select count(*) from issuance_record where case_id = any(?) and status = 'DELIVERED'", (Object) ids));
        missing.put("e-certificate", n - db.scalar("issuance", "select count(distinct case_id) from e_certificate where case_id = any(?)", (Object) ids));
        twice.put("e-certificate", db.scalar("issuance", "select count(*) - count(distinct case_id) from e_certificate where case_id = any(?)", (Object) ids));
        twice.put("applicant notice", db.scalar("issuance", "select count(*) from (select case_id from notification where case_id = any(?) "
                + "and kind = 'RESULT_READY' group by case_id having count(*) > 1) x", (Object) ids));
        missing.put("rating", n - db.scalar("evaluation", "select count(*) from rating where case_id = any(?) and stage = 'BACK_OFFICE'", (Object) ids));
        // every event once in the gateway's timeline: an effect applied twice would publish twice
        twice.put("timeline event", db.scalar("gateway", "select count(*) from (select case_id, event_type from timeline_entry "
                + "where case_id = any(?) and event_type <> 'cn.onewindow.case.supplement-requested.v1' "
                + "group by case_id, event_type having count(*) > 1) x", (Object) ids));

        checks.put("deadline missing or before queued", db.scalar("approval", "select count(*) from approval_case where case_id = any(?) "
                + "and (deadline is null or deadline <= queued_at)", (Object) ids));
        // the clock itself: from acceptance, the promised days plus the stops, on the official calendar
        checks.put("clock not from acceptance or deadline not the calendar's", ClockCheck.wrongClocks(db, ids));
        checks.put("supplement stop not exactly once", (long) supp.length - db.scalar("approval", "select count(*) from (select case_id "
                + "from clock_suspension where case_id = any(?) group by case_id having count(*) = 1) x", (Object) supp));
        checks.put("supplement stop still open", db.scalar("approval", "select count(*) from clock_suspension where case_id = any(?) "
                + "and resumed_at is null", (Object) supp));
        checks.put("stop where none was asked", db.scalar("approval", "select count(*) from clock_suspension where case_id = any(?) "
                + "and not (case_id = any(?))", ids, (Object) supp));

        long lost = missing.values().stream().mapToLong(Long::longValue).max().orElse(0);
        long duplicated = twice.values().stream().mapToLong(Long::longValue).sum();
        missing.forEach((k, v) -> checks.put("missing: " + k, v));
        twice.forEach((k, v) -> checks.put("twice: " + k, v));
        return new Result(all.length, n, lost, duplicated, checks);
    }
}
