package cn.onewindow.evaluation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/** Issuance's result-ready event is noted once per case, with the instant the result reached the window. */
@QuarkusTest
class ResultReadyTest {
    static final String READY = """
            {"caseId":"%s","departmentCode":"AMR","outcome":"APPROVED","resultTitle":"测试","deliveryMethod":"PICKUP",
             "readyAt":"%s"}""";

    @Test
    void theResultAtTheWindowIsNotedOnceWithItsInstant() {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_READY,
                READY.formatted(caseId, "2026-11-30T02:00:00Z"));
        assertThat(Sql.awaitCount("select count(*) from result_ready where case_id = '" + caseId
                + "' and ready_at = '2026-11-30T02:00:00Z' and department_code = 'AMR' and outcome = 'APPROVED'", 1)).isEqualTo(1);
        // a second ready event for the case (another event id) keeps the first instant and is not a failure
        Events.send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_READY,
                READY.formatted(caseId, "2026-11-30T05:00:00Z"));
        // a marker on the same partition (same key), applied after the second event
        String marker = "T-" + UUID.randomUUID();
        Events.send(Topics.ISSUANCE_CASE, caseId, EventTypes.RESULT_READY, READY.formatted(marker, "2026-11-30T06:00:00Z"));
        assertThat(Sql.awaitCount("select count(*) from result_ready where case_id = '" + marker + "'", 1)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from result_ready where case_id = '" + caseId + "' and ready_at = '2026-11-30T02:00:00Z'"))
                .isEqualTo(1);
    }
}
