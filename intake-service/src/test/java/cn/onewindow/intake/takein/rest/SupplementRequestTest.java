package cn.onewindow.intake.takein.rest;

import static cn.onewindow.intake.takein.rest.DocumentsTest.m;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

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
import io.restassured.http.ContentType;

/**
 * A back-office supplement request reaches the applicant through the window as one notice listing
 * everything; delivered twice, it is still one notice; handed in at the window, the case resumes.
 */
@QuarkusTest
class SupplementRequestTest {
    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void theBackOfficesRequestBecomesOneNoticeAndTheCaseResumesWhenSupplied() throws Exception {
        String caseId = IntakeScenariosTest.takeIn(Map.of("itemCode", "AMR-0001"), "ORGANISATION", IntakeScenariosTest.ORG,
                List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"), m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "PROVIDED"),
                        m("POA", "NOT_APPLICABLE")), Map.of(), 201).getString("intakeCase.caseId");

        String eventId = UUID.randomUUID().toString();
        String request = """
                {"caseId":"%s","departmentCode":"AMR","requestedAt":"2026-11-23T03:00:00Z",
                 "materials":[{"code":"AOA","name":"公司章程","problem":"缺少全体股东签字"},
                              {"code":"LEASE","name":"房屋租赁合同","problem":"住所证明须附租赁合同"}],
                 "actor":{"userId":"r1","username":"reviewer.amr","name":"赵审","post":"department-reviewer","department":"AMR"}}"""
                .formatted(caseId);
        Events.send(Topics.APPROVAL_CASE, caseId, eventId, EventTypes.SUPPLEMENT_REQUESTED, request);
        Events.send(Topics.APPROVAL_CASE, caseId, eventId, EventTypes.SUPPLEMENT_REQUESTED, request);
        assertThat(Sql.awaitCount("select count(*) from intake_notice where case_id = '" + caseId
                + "' and kind = 'SUPPLEMENT_NOTICE'", 1)).isEqualTo(1);
        // a marker after the duplicate on the same key: once it is applied, the duplicate has been consumed too
        Events.awaitConsumedThrough(Topics.APPROVAL_CASE, caseId, "intake-service");
        assertThat(Sql.count("select count(*) from intake_notice where case_id = '" + caseId + "'")).isEqualTo(1);

        given().when().get("/api/cases/" + caseId).then().statusCode(200).body("status", equalTo("SUPPLEMENT_REQUESTED"));
        String number = Sql.text("select notice_number from intake_notice where case_id = '" + caseId + "'");
        assertThat(DocumentsTest.text("/api/notices/" + number + "/document"))
                .contains("补正材料通知书", caseId, "公司章程：缺少全体股东签字", "房屋租赁合同", "审批时限暂停计算");

        given().contentType(ContentType.JSON).body(Map.of("materials", List.of("AOA"))).when()
                .post("/api/cases/" + caseId + "/supplements").then().statusCode(200);
        given().when().get("/api/cases/" + caseId).then().body("status", equalTo("SUPPLEMENT_REQUESTED"));
        given().contentType(ContentType.JSON).body(Map.of("materials", List.of("LEASE"))).when()
                .post("/api/cases/" + caseId + "/supplements").then().statusCode(200);
        given().when().get("/api/cases/" + caseId).then().body("status", equalTo("ACCEPTED"));
        assertThat(Events.types(Topics.INTAKE_CASE, caseId, 4)).containsExactly(EventTypes.CASE_TAKEN_IN,
                EventTypes.NOTICE_ISSUED, EventTypes.DEFERRED_MATERIALS_SUPPLIED, EventTypes.DEFERRED_MATERIALS_SUPPLIED);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aLaterRoundTellsTheApplicantTheNewProblemItWasMadeFor() throws Exception {
        String caseId = IntakeScenariosTest.takeIn(Map.of("itemCode", "AMR-0001"), "ORGANISATION", IntakeScenariosTest.ORG,
                List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"), m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "PROVIDED"),
                        m("POA", "NOT_APPLICABLE")), Map.of(), 201).getString("intakeCase.caseId");
        String actor = "{\"userId\":\"r1\",\"username\":\"reviewer.amr\",\"name\":\"赵审\",\"post\":\"department-reviewer\","
                + "\"department\":\"AMR\"}";
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.SUPPLEMENT_REQUESTED, """
                {"caseId":"%s","departmentCode":"AMR","requestedAt":"2026-11-23T03:00:00Z","round":1,
                 "newProblemInSuppliedMaterial":false,"reason":null,
                 "materials":[{"code":"AOA","name":"公司章程","problem":"缺少全体股东签字"}],"actor":%s}""".formatted(caseId, actor));
        assertThat(Sql.awaitCount("select count(*) from intake_notice where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        given().contentType(ContentType.JSON).body(Map.of("materials", List.of("AOA"))).when()
                .post("/api/cases/" + caseId + "/supplements").then().statusCode(200);

        // the supplied articles name a shareholder the licence does not: the department may ask again, for that alone
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.SUPPLEMENT_REQUESTED, """
                {"caseId":"%s","departmentCode":"AMR","requestedAt":"2026-11-24T03:00:00Z","round":2,
                 "newProblemInSuppliedMaterial":true,"reason":"新补交的公司章程所列股东与股东名册不一致",
                 "materials":[{"code":"REG","name":"股东名册","problem":"须与章程一致"}],"actor":%s}""".formatted(caseId, actor));
        assertThat(Sql.awaitCount("select count(*) from intake_notice where case_id = '" + caseId + "'", 2)).isEqualTo(2);
        String first = Sql.text("select notice_number from intake_notice where case_id = '" + caseId
                + "' and content not like '%\"round\"%'");
        String second = Sql.text("select notice_number from intake_notice where case_id = '" + caseId
                + "' and content like '%\"round\":2%' and content like '%股东名册不一致%'");
        assertThat(second).isNotNull();
        assertThat(DocumentsTest.text("/api/notices/" + second + "/document"))
                .contains("补正材料通知书", "第2次补正告知", "新补交的公司章程所列股东与股东名册不一致", "股东名册");
        assertThat(DocumentsTest.text("/api/notices/" + first + "/document")).doesNotContain("次补正告知");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.NOTICE_ISSUED + "' and payload like '%\"round\":2%'"
                + " and payload like '%股东名册不一致%'")).isEqualTo(1);
        given().when().get("/api/cases/" + caseId).then().body("status", equalTo("SUPPLEMENT_REQUESTED"));
    }
}
