package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The on-time rate counts what was decided by its deadline; checked against the figures before and after. */
@QuarkusTest
class OnTimeRateTest {
    static JsonPath stats() {
        String today = LocalDate.now(ZoneId.of("Asia/Shanghai")).toString();
        return given().when().get("/api/statistics/on-time?from=" + today + "&to=" + today).then().statusCode(200).extract().jsonPath();
    }

    /** HCD's figure, or 0 when HCD decided nothing yet today. */
    static long value(JsonPath stats, String field) {
        Object v = stats.get("find { it.departmentCode == 'HCD' }." + field);
        return v == null ? 0 : ((Number) v).longValue();
    }

    static void approve(String caseId) {
        given().contentType(ContentType.JSON).body("{\"outcome\":\"APPROVED\",\"resultKind\":\"LICENCE\",\"resultTitle\":\"许可证\"}")
                .when().post("/api/department/cases/" + caseId + "/decision").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "sup-reviewer", roles = {"supervisor", "department-reviewer"})
    @OidcSecurity(claims = @Claim(key = "department", value = "HCD"))
    void twoOfThreeDecidedOnTime() {
        var before = stats();
        long decided0 = value(before, "decided");
        long onTime0 = value(before, "onTime");
        String acceptedNow = java.time.Instant.now().toString();
        approve(Routed.send("HCD", "ACCEPTED_ON_SPOT", 5, acceptedNow, null));
        approve(Routed.send("HCD", "ACCEPTED_ON_SPOT", 5, acceptedNow, null));
        approve(Routed.send("HCD", "ACCEPTED_ON_SPOT", 1, "2026-09-01T02:00:00Z", null)); // its limit passed long ago

        var after = stats();
        assertThat(after.getLong("find { it.departmentCode == 'HCD' }.decided")).isEqualTo(decided0 + 3);
        assertThat(after.getLong("find { it.departmentCode == 'HCD' }.onTime")).isEqualTo(onTime0 + 2);
        double expected = BigDecimal.valueOf((onTime0 + 2) * 100.0 / (decided0 + 3)).setScale(2, RoundingMode.HALF_UP).doubleValue();
        assertThat(after.getDouble("find { it.departmentCode == 'HCD' }.onTimeRate")).isEqualTo(expected);
        given().when().get("/api/statistics/on-time?from=2026-11-30&to=2026-11-01").then().statusCode(400);
    }
}
