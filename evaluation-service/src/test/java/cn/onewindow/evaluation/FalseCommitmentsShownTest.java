package cn.onewindow.evaluation;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * 告知承诺制 in supervision (#23, item 5): each commitment the department's verification found false (approval's event,
 * sent as approval sends it — and once more, a redelivery) is shown to the supervisor once: in the period's count per
 * department and in its list, with the finding. Real PostgreSQL and Kafka.
 */
@QuarkusTest
class FalseCommitmentsShownTest {
    static final String DAY = "2030-06-03";

    static String found(String caseId, String department, String note) {
        return """
                {"caseId":"%s","materialCode":"ADDR","note":"%s","departmentCode":"%s","foundAt":"%sT03:00:00Z",
                 "actor":{"userId":"u-rev","username":"reviewer","name":"审批员","post":"department-reviewer",
                 "department":"%s"}}""".formatted(caseId, note, department, DAY, department);
    }

    static JsonPath figures() {
        return given().when().get("/api/supervision/false-commitments?from=" + DAY + "&to=" + DAY).then().statusCode(200)
                .extract().jsonPath();
    }

    static long count(JsonPath figures, String department) {
        Object n = figures.get("perDepartment." + department);
        return n == null ? 0 : ((Number) n).longValue();
    }

    @Test
    @TestSecurity(user = "supervisor", roles = "supervisor")
    void eachCommitmentFoundFalseIsCountedPerDepartmentAndListedOnce() {
        var before = figures();
        String amr = "T-" + UUID.randomUUID();
        String tax = "T-" + UUID.randomUUID();
        // the case's facts as evaluation keeps them from its take-in: the finding is shown with its item
        Sql.execute("insert into case_fact (case_id, item_code, item_name, department_code, clerk_id, clerk_name, accepted_at) "
                + "values ('" + amr + "', 'AMR-0001', '企业设立登记', 'AMR', 'u-clerk', '窗口人员', '" + DAY + "T01:00:00Z')");
        String event = found(amr, "AMR", "住所为虚构地址");
        String id = Events.send(Topics.APPROVAL_CASE, amr, EventTypes.COMMITMENT_FOUND_FALSE, event);
        Events.send(Topics.APPROVAL_CASE, amr, id, EventTypes.COMMITMENT_FOUND_FALSE, event); // redelivered
        Events.send(Topics.APPROVAL_CASE, tax, EventTypes.COMMITMENT_FOUND_FALSE, found(tax, "TAX", "经营场所证明不实"));
        assertThat(Sql.awaitCount("select count(*) from false_commitment where case_id in ('" + amr + "', '" + tax + "')", 2))
                .isEqualTo(2);
        Events.awaitConsumedThrough(Topics.APPROVAL_CASE, amr, "evaluation-service");

        var after = figures();
        assertThat(count(after, "AMR")).isEqualTo(count(before, "AMR") + 1);
        assertThat(count(after, "TAX")).isEqualTo(count(before, "TAX") + 1);
        assertThat(after.getInt("total")).isEqualTo(before.getInt("total") + 2);
        List<Map<String, Object>> findings = after.getList("findings");
        assertThat(findings.stream().filter(f -> amr.equals(f.get("caseId"))).toList()).singleElement()
                .satisfies(f -> assertThat(f).containsEntry("departmentCode", "AMR").containsEntry("note", "住所为虚构地址")
                        .containsEntry("materialCode", "ADDR").containsEntry("foundByName", "审批员")
                        .containsEntry("itemCode", "AMR-0001").containsEntry("itemName", "企业设立登记"));
        assertThat(findings.stream().filter(f -> tax.equals(f.get("caseId"))).toList()).singleElement()
                .satisfies(f -> assertThat(f.get("itemName")).as("a case evaluation never heard of").isNull());
        // another period shows none of them
        given().when().get("/api/supervision/false-commitments?from=2030-06-04&to=2030-06-04").then().statusCode(200)
                .extract().jsonPath().getList("findings.caseId").forEach(c -> assertThat(c).isNotIn(amr, tax));
    }

    @Test
    @TestSecurity(user = "reviewer", roles = "department-reviewer")
    void notForADepartmentPost() {
        given().when().get("/api/supervision/false-commitments?from=" + DAY + "&to=" + DAY).then().statusCode(403);
    }
}
