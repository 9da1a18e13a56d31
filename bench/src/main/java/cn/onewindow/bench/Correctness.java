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

    private static final String APPROVED = "select count(*) from approval_case where case_id = any(?) and status = 'APPROVED'";
    private static final String NOTICE_TWICE = "select count(*) from (select case_id from notification where case_id = any(?) "
            + "and kind = 'RESULT_READY' group by case_id having count(*) > 1) x";
    private static final String UNASKED_STOPS = "select count(*) from clock_suspension where case_id = any(?) "
            + "and not (case_id = any(?))";

    /**
     * The full journey's check. {@code caseIds}: every case taken in; {@code completed}: those the driver took
     * to the end (rated). A case the driver gave up on must still have reached the department's queue: what
     * the system does by itself (route, queue) is checked for all, what needs the people's acts for the completed.
     */
    public static Result check(Databases db, List<String> caseIds, List<String> completed, List<String> supplementCaseIds)
            throws SQLException {
        String[] all = caseIds.toArray(String[]::new);
        String[] ids = completed.toArray(String[]::new);
        String[] supp = supplementCaseIds.stream().filter(completed::contains).toArray(String[]::new);
        int n = ids.length;
        Tally t = new Tally(db);

        queued(t, all);
        t.missing("approved", n, "approval", APPROVED, (Object) ids);
        t.missing("delivered", n, "issuance", "select count(*) from issuance_record where case_id = any(?) and status = 'DELIVERED'", (Object) ids);
        certified(t, ids);
        t.twice("applicant notice", "issuance", NOTICE_TWICE, (Object) ids);
        t.missing("rating", n, "evaluation", "select count(*) from rating where case_id = any(?) and stage = 'BACK_OFFICE'", (Object) ids);
        timeline(t, ids);

        t.check("deadline missing or before queued", "approval", "select count(*) from approval_case where case_id = any(?) "
                + "and (deadline is null or deadline <= queued_at)", (Object) ids);
        clocks(t, db, ids);
        t.check("supplement stop not exactly once", (long) supp.length - db.scalar("approval", "select count(*) from (select case_id "
                + "from clock_suspension where case_id = any(?) group by case_id having count(*) = 1) x", (Object) supp));
        t.check("supplement stop still open", "approval", "select count(*) from clock_suspension where case_id = any(?) "
                + "and resumed_at is null", (Object) supp);
        t.check("stop where none was asked", "approval", UNASKED_STOPS, ids, (Object) supp);
        return t.result(all.length, n);
    }

    /**
     * The settled journey's check. A settled case needs nobody after its take-in: the system takes it to its end by
     * itself, so every case taken in is checked for every effect — routed, decided on the spot by the window clerk,
     * ready at the issuance window with one certificate and one notice, and noted ready by evaluation. A case the
     * driver gave up on is then missing somewhere: lost. {@code completed}: those the driver saw noted ready.
     * <p>
     * The clock is checked as for any case: the decision clock of an immediate item runs 0 promised days from
     * acceptance, which ClockCheck recomputes like any other. "Deadline before queued" is left out: 0 working days
     * end at midnight after acceptance, so a case taken in a moment before midnight is queued after its deadline
     * without anything being wrong (it was decided in the same instant it was queued).
     */
    public static Result checkSettled(Databases db, List<String> caseIds, List<String> completed) throws SQLException {
        String[] all = caseIds.toArray(String[]::new);
        int n = all.length;
        Tally t = new Tally(db);

        queued(t, all);
        t.missing("approved", n, "approval", APPROVED, (Object) all);
        t.missing("ready at the issuance window", n, "issuance", "select count(*) from issuance_record where case_id = any(?) "
                + "and status = 'READY' and ready_at is not null", (Object) all);
        certified(t, all);
        t.missing("applicant notice", n, "issuance", "select count(distinct case_id) from notification where case_id = any(?) "
                + "and kind = 'RESULT_READY'", (Object) all);
        t.twice("applicant notice", "issuance", NOTICE_TWICE, (Object) all);
        t.missing("noted ready in evaluation", n, "evaluation", "select count(*) from result_ready where case_id = any(?)", (Object) all);
        timeline(t, all);

        // queued for a reviewer, or decided by anyone but the window clerk, it was not settled on the spot
        t.check("not settled on the spot by the window clerk", "approval", "select count(*) from approval_case "
                + "where case_id = any(?) and not (intake_path = 'SETTLED_ON_SPOT' "
                + "and decided_by_post is not distinct from 'window-clerk')", (Object) all);
        clocks(t, db, all);
        t.check("stop where none was asked", "approval", UNASKED_STOPS, all, (Object) new String[0]);
        return t.result(all.length, completed.size());
    }

    /** What the system does by itself with every case taken in: there once, routed once, in its department's queue. */
    private static void queued(Tally t, String[] all) throws SQLException {
        t.missing("intake case", all.length, "intake", "select count(distinct case_id) from intake_case where case_id = any(?)", (Object) all);
        t.missing("routing assignment", all.length, "routing", "select count(distinct case_id) from routing_assignment where case_id = any(?)", (Object) all);
        t.twice("routing assignment", "routing", "select count(*) - count(distinct case_id) from routing_assignment where case_id = any(?)", (Object) all);
        t.missing("in a department queue", all.length, "approval", "select count(distinct case_id) from approval_case where case_id = any(?)", (Object) all);
    }

    /** One electronic certificate per approved case. */
    private static void certified(Tally t, String[] ids) throws SQLException {
        t.missing("e-certificate", ids.length, "issuance", "select count(distinct case_id) from e_certificate where case_id = any(?)", (Object) ids);
        t.twice("e-certificate", "issuance", "select count(*) - count(distinct case_id) from e_certificate where case_id = any(?)", (Object) ids);
    }

    /** Every event once in the gateway's timeline: an effect applied twice would publish twice. */
    private static void timeline(Tally t, String[] ids) throws SQLException {
        t.twice("timeline event", "gateway", "select count(*) from (select case_id, event_type from timeline_entry "
                + "where case_id = any(?) and event_type <> 'cn.onewindow.case.supplement-requested.v1' "
                + "group by case_id, event_type having count(*) > 1) x", (Object) ids);
    }

    /** The clock itself: from acceptance, the promised days plus the stops, on the official calendar. */
    private static void clocks(Tally t, Databases db, String[] ids) throws SQLException {
        t.check("clock not from acceptance or deadline not the calendar's", ClockCheck.wrongClocks(db, ids));
    }

    /** The counts of a check as it goes: cases missing an effect (lost), effects twice (duplicated), the other checks. */
    private static final class Tally {
        private final Databases db;
        private final Map<String, Long> missing = new LinkedHashMap<>();
        private final Map<String, Long> twice = new LinkedHashMap<>();
        private final Map<String, Long> checks = new LinkedHashMap<>();

        Tally(Databases db) {
            this.db = db;
        }

        /** {@code expected} cases should have it; {@code sql} counts those that do. */
        void missing(String what, int expected, String service, String sql, Object... params) throws SQLException {
            missing.put(what, expected - db.scalar(service, sql, params));
        }

        void twice(String what, String service, String sql, Object... params) throws SQLException {
            twice.put(what, db.scalar(service, sql, params));
        }

        void check(String what, String service, String sql, Object... params) throws SQLException {
            check(what, db.scalar(service, sql, params));
        }

        void check(String what, long wrong) {
            checks.put(what, wrong);
        }

        Result result(int cases, int completedByDriver) {
            long lost = missing.values().stream().mapToLong(Long::longValue).max().orElse(0);
            long duplicated = twice.values().stream().mapToLong(Long::longValue).sum();
            Map<String, Long> all = new LinkedHashMap<>(checks);
            missing.forEach((k, v) -> all.put("missing: " + k, v));
            twice.forEach((k, v) -> all.put("twice: " + k, v));
            return new Result(cases, completedByDriver, lost, duplicated, all);
        }
    }
}
