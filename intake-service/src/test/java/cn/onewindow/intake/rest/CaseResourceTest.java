package cn.onewindow.intake.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;
import cn.onewindow.testsupport.Sql;

/** Component test of window intake on the real PostgreSQL and Kafka (test identities for the clerk). */
@QuarkusTest
class CaseResourceTest {
    static final String BODY = """
            {"itemCode":"AMR-0003","applicant":{"kind":"PERSON","name":"测试申请人","idNumber":"11010519491231002X"},
             "materials":[{"code":"APP","status":"PROVIDED"},{"code":"ID","status":"ORIGINAL_VERIFIED"},
                          {"code":"ADDR","status":"PROVIDED"}],
             "deliveryMethod":"PICKUP"}""";

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    @OidcSecurity(claims = {@Claim(key = "family_name", value = "测"), @Claim(key = "given_name", value = "试员")})
    void takesAFileInAndRecordsItsEventInTheSameTransaction() {
        String caseId = given().contentType(ContentType.JSON).body(BODY)
                .when().post("/api/cases")
                .then().statusCode(201)
                .body("outcome", equalTo("SETTLED_ON_SPOT"))
                .body("intakeCase.firstHandlerName", equalTo("测试员"))
                .body("intakeCase.applicantIdMasked", equalTo("1101**********002X"))
                .extract().path("intakeCase.caseId");
        assertThat(caseId).matches("DX-\\d{8}-\\d{6}");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = 'cn.onewindow.case.accepted.v1'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void anUnknownItemIsRefusedInBothLanguagesAndNothingIsWritten() {
        long before = Sql.count("select count(*) from intake_case");
        long outbox = Sql.count("select count(*) from outbox_event");
        given().contentType(ContentType.JSON).body(BODY.replace("AMR-0003", "AMR-9999"))
                .when().post("/api/cases")
                .then().statusCode(422)
                .contentType(startsWith("application/problem+json"))
                .body("code", equalTo("unknown-item"))
                .body("detailZh", startsWith("事项清单中没有"));
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(before);
        assertThat(Sql.count("select count(*) from outbox_event")).isEqualTo(outbox);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void expressMailNeedsAnAddress() {
        given().contentType(ContentType.JSON).body(BODY.replace("\"PICKUP\"", "\"EXPRESS_MAIL\""))
                .when().post("/api/cases")
                .then().statusCode(400).body("code", equalTo("delivery-address-missing"));
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void fiftyClerksAtOnceGetFiftyDistinctGapFreeNumbers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(50);
        List<CompletableFuture<String>> calls = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            calls.add(CompletableFuture.supplyAsync(() -> given().contentType(ContentType.JSON).body(BODY)
                    .when().post("/api/cases").then().statusCode(201).extract().<String>path("intakeCase.caseId"), pool));
        }
        List<Integer> sequences = new ArrayList<>();
        for (var c : calls) {
            String id = c.get();
            sequences.add(Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)));
        }
        pool.shutdown();
        sequences.sort(Integer::compare);
        assertThat(sequences).doesNotHaveDuplicates();
        assertThat(sequences.get(49) - sequences.get(0)).as("no gaps among concurrent numbers").isEqualTo(49);
    }

    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    void aDepartmentReviewerCannotTakeFilesIn() {
        given().contentType(ContentType.JSON).body(BODY).when().post("/api/cases")
                .then().statusCode(403).body("code", equalTo("forbidden"));
    }
}
