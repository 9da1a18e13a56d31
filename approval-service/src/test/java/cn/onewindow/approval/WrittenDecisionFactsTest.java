package cn.onewindow.approval;

import static cn.onewindow.testsupport.TestClock.tickAt;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.time.Instant;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.approval.service.DeadlineMonitor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * What a negative decision's written decision needs travels with the decision (#22 item 10): the deciding authority's
 * name and the legal basis from approval's copy of the catalogue (or the basis the chief representative gives), the
 * remedies with the department's own reconsideration body where the hall configured one, and for the 容缺 expiry the
 * written denial's due date — on the case in the API and on {@code case-decided}.
 */
@QuarkusTest
class WrittenDecisionFactsTest {
    static final String BASIS = "《中华人民共和国食品安全法》第三十五条";

    @Inject
    DeadlineMonitor monitor;

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    /** Publishes one version of a fresh item of {@code department} and waits until approval has copied it. */
    static String item(String department, String departmentName) {
        String code = "TSTW-" + UUID.randomUUID().toString().substring(0, 8);
        Events.send(Topics.CATALOGUE_ITEM, code + "@v1", EventTypes.ITEM_VERSION_PUBLISHED, """
                {"code":"%s","version":1,"status":"ACTIVE","effectiveFrom":"2026-01-01T00:00:00Z","departmentName":"%s",
                 "announcedAt":"2025-12-01T00:00:00Z","announcedBy":{"userId":"admin","username":"admin"},
                 "definition":{"code":"%s","name":"测试事项","departmentCode":"%s","itemType":"PROMISED","promisedDays":5,
                  "legalBasis":"%s"}}""".formatted(code, departmentName, code, department, BASIS));
        assertThat(Sql.awaitCount("select count(*) from catalogue_copy where code = '" + code + "'", 1)).isEqualTo(1);
        return code;
    }

    static String routed(String item, String department, String intakePath, String deferredUntil) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.ROUTING_CASE, caseId, EventTypes.CASE_ROUTED, """
                {"caseId":"%s","itemCode":"%s","itemName":"测试事项","departmentCode":"%s","queue":"%s/back-office",
                 "itemType":"PROMISED","promisedDays":5,"applicantName":"测试申请人","deliveryMethod":"PICKUP",
                 "acceptedAt":"2026-11-23T02:00:00Z","routedAt":"2026-11-23T02:00:00Z","intakePath":"%s","deferredUntil":%s,
                 "actor":{"userId":"system:routing-service","post":"system"}}"""
                .formatted(caseId, item, department, department, intakePath, deferredUntil == null ? "null" : "\"" + deferredUntil + "\""));
        assertThat(Sql.awaitCount("select count(*) from approval_case where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    static long decidedWith(String caseId, String condition) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.CASE_DECIDED + "' and " + condition);
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = {"chief-representative", "department-reviewer"})
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void aDenialCarriesTheAuthorityAndTheItemsLegalBasisOrTheOneGiven() {
        TestClock.moveTo(Instant.parse("2026-11-23T03:00:00Z"));
        String item = item("AMR", "市场监督管理局");
        String byCatalogue = routed(item, "AMR", "ACCEPTED_ON_SPOT", null);
        given().contentType(ContentType.JSON).body("{\"outcome\":\"DENIED\",\"reasons\":\"经营场所位于居民楼内\"}")
                .when().post("/api/department/cases/" + byCatalogue + "/decision").then().statusCode(200)
                .body("departmentName", equalTo("市场监督管理局")).body("legalBasis", equalTo(BASIS));
        assertThat(decidedWith(byCatalogue, "payload::jsonb ->> 'departmentName' = '市场监督管理局' "
                + "and payload::jsonb ->> 'legalBasis' = '" + BASIS + "' and payload::jsonb ->> 'remedies' like '%60日%6个月%'"))
                .isEqualTo(1);

        String withBasis = routed(item, "AMR", "ACCEPTED_ON_SPOT", null);
        given().contentType(ContentType.JSON)
                .body("{\"outcome\":\"DENIED\",\"reasons\":\"未取得前置许可\",\"legalBasis\":\"《中华人民共和国行政许可法》第三十八条第二款\"}")
                .when().post("/api/department/cases/" + withBasis + "/decision").then().statusCode(200)
                .body("legalBasis", equalTo("《中华人民共和国行政许可法》第三十八条第二款"));
    }

    @Test
    @TestSecurity(user = "chief-tax", roles = {"chief-representative", "department-reviewer"})
    @OidcSecurity(claims = @Claim(key = "department", value = "TAX"))
    void aVerticallyLedDepartmentsDecisionIsReconsideredByItsSuperior() {
        TestClock.moveTo(Instant.parse("2026-11-23T03:00:00Z"));
        String caseId = routed(item("TAX", "税务局"), "TAX", "RECEIVED_ONLY", null);
        given().contentType(ContentType.JSON).body("{\"decision\":\"REJECT\",\"reasons\":\"申请事项不属于本机关职权范围\"}")
                .when().post("/api/department/cases/" + caseId + "/acceptance").then().statusCode(200)
                .body("status", equalTo("NOT_ACCEPTED"))
                .body("remedies", containsString("60日内向国家税务总局廊坊市税务局申请行政复议"))
                .body("departmentName", equalTo("税务局")).body("legalBasis", equalTo(BASIS));
    }

    @Test
    @TestSecurity(user = "chief-amr", roles = {"chief-representative", "department-reviewer"})
    @OidcSecurity(claims = @Claim(key = "department", value = "AMR"))
    void the容缺ExpirysWrittenDenialHasItsDueDateInTheApiAndTheEvent() {
        TestClock.moveTo(Instant.parse("2026-11-23T02:05:00Z"));
        String caseId = routed(item("AMR", "市场监督管理局"), "AMR", "ACCEPTED_WITH_DEFERRED_MATERIALS", "2026-11-24T16:00:00Z");
        tickAt("2026-11-24T16:00:00Z", monitor::tick);
        // due within 2 working days of the owed materials' last day (Tue 24 Nov): the end of Thu 26 Nov
        given().when().get("/api/department/cases/" + caseId).then().statusCode(200)
                .body("status", equalTo("TERMINATED")).body("denialDueAt", equalTo("2026-11-26T16:00:00Z"))
                .body("legalBasis", startsWith("申请人签署的《容缺受理承诺书》；" + BASIS));
        assertThat(decidedWith(caseId, "payload::jsonb ->> 'denialDueAt' = '2026-11-26T16:00:00Z' "
                + "and payload::jsonb ->> 'outcome' = 'TERMINATED'")).isEqualTo(1);
    }
}
