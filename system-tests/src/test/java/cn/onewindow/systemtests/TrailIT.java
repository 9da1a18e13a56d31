package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;

/**
 * 全程留痕: every act on a case is kept in its service's append-only trail, chained by hashes; the
 * operator's {@code ow trail verify} finds an entry edited or deleted straight in the database.
 */
class TrailIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void theTrailKeepsWhoActedAndTheVerifierCatchesAnEditedAndADeletedEntry() throws Exception {
        String gw = Suite.gateway();
        var accepted = Window.takeIn(gw + "/api/intake", Http.token("clerk1"), "AMR-0001", "ORGANISATION",
                "廊坊留痕测试有限公司", "91350100M000100Y43");
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        String caseId = Window.caseId(accepted);
        String reviewer = Http.token("reviewer.amr");
        Http.await(gw + "/api/approval/department/cases/" + caseId, reviewer, r -> r.status() == 200, WAIT);
        var decided = Http.post(gw + "/api/approval/department/cases/" + caseId + "/decision", reviewer,
                Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        // the window's act, in intake's trail: who, in which post, under which delegation and catalogue version
        var intakeAct = awaitChained("intake", caseId, EventTypes.CASE_TAKEN_IN);
        assertThat(intakeAct.get("actor_post")).isEqualTo("window-clerk");
        assertThat(intakeAct.get("delegation")).isNotNull();
        assertThat(intakeAct.get("catalogue_version")).isEqualTo("AMR-0001@v1");
        var decision = awaitChained("approval", caseId, EventTypes.CASE_DECIDED);
        assertThat(decision.get("actor_post")).isEqualTo("department-reviewer");
        assertThat(decision.get("actor_department")).isEqualTo("AMR");
        var queued = awaitChained("approval", caseId, EventTypes.CASE_QUEUED);

        assertThat(verify("intake").exit()).isZero();
        var whole = verify("approval");
        assertThat(whole.exit()).as(whole.output()).isZero();
        assertThat(whole.output()).contains(" 0 breaks");

        // the table refuses changes outright …
        assertThatThrownBy(() -> sql("update trail_entry set actor_name = '王五' where event_id = ?", decision.get("event_id")))
                .hasMessageContaining("append-only");
        assertThatThrownBy(() -> sql("delete from trail_entry where event_id = ?", queued.get("event_id")))
                .hasMessageContaining("append-only");

        // … so the tamperer switches the trigger off: an edit is found
        String realName = (String) decision.get("actor_name");
        tamper("update trail_entry set actor_name = '王五' where event_id = ?", decision.get("event_id"));
        var edited = verify("approval");
        assertThat(edited.exit()).as(edited.output()).isEqualTo(1);
        assertThat(edited.output()).contains("entry " + decision.get("position") + " (" + caseId
                + ", cn.onewindow.case.decided.v1) was changed after it was recorded");
        tamper("update trail_entry set actor_name = ? where event_id = ?", realName, decision.get("event_id"));
        assertThat(verify("approval").exit()).isZero();

        // and a deleted entry is found
        tamper("delete from trail_entry where event_id = ?", queued.get("event_id"));
        var deleted = verify("approval");
        assertThat(deleted.exit()).as(deleted.output()).isEqualTo(1);
        long position = ((Number) queued.get("position")).longValue();
        assertThat(deleted.output()).contains("entries " + position + "…" + position + " are missing (deleted?)");
        // put it back as it was (inserts are allowed), and the trail is whole again
        restore(queued);
        assertThat(verify("approval").exit()).isZero();
    }

    private static Map<String, Object> awaitChained(String db, String caseId, String type) {
        long end = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < end) {
            List<Map<String, Object>> rows = Db.query(db, "select * from trail_entry where aggregate_id = ? and event_type = ? "
                    + "and position is not null", caseId, type);
            if (!rows.isEmpty()) {
                return rows.get(0);
            }
            Http.sleep(300);
        }
        throw new AssertionError("no chained trail entry " + type + " of " + caseId + " in ow_" + db);
    }

    private static Suite.Run verify(String db) {
        return Suite.capture("ow", "trail", "verify", "--db", db);
    }

    private static void sql(String statement, Object... args) throws Exception {
        try (Connection c = Suite.db("approval"); PreparedStatement ps = c.prepareStatement(statement)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            ps.executeUpdate();
        }
    }

    /** A change made straight in the database by its owner, with the append-only triggers (update and delete) off. */
    private static void tamper(String statement, Object... args) throws Exception {
        try (Connection c = Suite.db("approval"); Statement st = c.createStatement()) {
            st.execute("alter table trail_entry disable trigger trail_entry_append_only, disable trigger trail_entry_no_delete");
            try {
                sql(statement, args);
            } finally {
                st.execute("alter table trail_entry enable trigger trail_entry_append_only, enable trigger trail_entry_no_delete");
            }
        }
    }

    private static void restore(Map<String, Object> row) throws Exception {
        String columns = String.join(", ", row.keySet());
        String marks = String.join(", ", row.keySet().stream().map(k -> "?").toList());
        sql("insert into trail_entry (" + columns + ") values (" + marks + ")", row.values().toArray());
    }
}
