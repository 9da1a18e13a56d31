package cn.onewindow.intake.takein.rest;

import static cn.onewindow.intake.takein.rest.DocumentsTest.m;
import static cn.onewindow.intake.takein.rest.DocumentsTest.text;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/**
 * One scenario per intake outcome, each checked three ways: the document the applicant gets (text
 * extracted from the PDF), the event on the intake topic, and the state stored in intake's database.
 * Real PostgreSQL and Kafka; test identities for the clerk.
 */
@QuarkusTest
class IntakeScenariosTest {
    static final String PERSON = "11010519491231002X";
    static final String ORG = "91350100M000100Y43";

    /** A take-in of the selection with every review point of its items confirmed ({@code extra} may replace them). */
    static JsonPath takeIn(Map<String, Object> selection, String kind, String id, List<Map<String, String>> materials,
                           Map<String, Object> extra, int status) {
        var body = new HashMap<String, Object>(selection);
        body.putAll(Map.of("applicant", Map.of("kind", kind, "name", "李华", "idNumber", id), "materials", materials,
                "deliveryMethod", "PICKUP", "reviewPoints", ReviewPointsFixture.confirmed(chosen(selection))));
        body.putAll(extra);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/cases")
                .then().statusCode(status).extract().jsonPath();
    }

    @SuppressWarnings("unchecked")
    static String[] chosen(Map<String, Object> selection) {
        if (selection.get("itemCodes") instanceof List<?> codes) {
            return ((List<String>) codes).toArray(String[]::new);
        }
        return new String[] {(String) (selection.containsKey("itemCode") ? selection.get("itemCode") : selection.get("bundleCode"))};
    }

    static void assertCaseStored(String caseId, String path, String status) {
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId + "' and intake_path = '" + path
                + "' and status = '" + status + "' and first_handler_id = 'clerk-test'")).isEqualTo(1);
        assertThat(Events.types(Topics.INTAKE_CASE, caseId, 1)).containsExactly(EventTypes.CASE_TAKEN_IN);
    }

    static void assertNoticeStored(String number, String kind) {
        assertThat(Sql.count("select count(*) from intake_notice where notice_number = '" + number + "' and kind = '" + kind + "'"))
                .isEqualTo(1);
        assertThat(Events.types(Topics.INTAKE_CASE, number, 1)).containsExactly(EventTypes.NOTICE_ISSUED);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void settledOnTheSpot() throws Exception {
        // 结婚登记 (CA-0001): immediate, and the window may approve it on the spot
        var r = takeIn(Map.of("itemCode", "CA-0001"), "PERSON", PERSON,
                List.of(m("ID", "ORIGINAL_VERIFIED"), m("HUKOU", "ORIGINAL_VERIFIED"), m("PHOTO", "PROVIDED")), Map.of(), 201);
        assertThat(r.getString("outcome")).isEqualTo("SETTLED_ON_SPOT");
        String caseId = r.getString("intakeCase.caseId");
        assertThat(text("/api/cases/" + caseId + "/document")).contains("受理通知书", caseId, "当场办结");
        assertCaseStored(caseId, "SETTLED_ON_SPOT", "ACCEPTED");
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void acceptedOnTheSpot() throws Exception {
        var r = takeIn(Map.of("itemCode", "AMR-0001"), "ORGANISATION", ORG, List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"),
                m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "PROVIDED"), m("POA", "NOT_APPLICABLE")), Map.of(), 201);
        assertThat(r.getString("outcome")).isEqualTo("ACCEPTED_ON_SPOT");
        String caseId = r.getString("intakeCase.caseId");
        assertThat(text("/api/cases/" + caseId + "/document")).contains("受理通知书", caseId, "现予受理", "承诺办结时限：1个工作日");
        assertCaseStored(caseId, "ACCEPTED_ON_SPOT", "ACCEPTED");
        // "you will also need…": the company's following items, by name
        assertThat(r.getList("relatedItems.code")).containsExactly("PSB-0001", "TAX-0001", "HRSS-0001");
        assertThat(r.getList("relatedItems.name")).contains("新办纳税人套餐式服务（税务登记信息确认）");
    }

    @Test
    @TestSecurity(user = "admin-test", roles = {"hall-admin", "window-clerk"})
    void acceptedByTheBackOfficeWhileTheApplicantWaits() throws Exception {
        // 不动产登记资料查询 (NRP-0004) is immediate; this hall holds only the receive power for it
        CatalogueAndDelegationTest.grant("NRP-0004", List.of("RECEIVE", "NOTIFY_ONCE"));
        var r = given().contentType(ContentType.JSON).body(Map.of("itemCode", "NRP-0004",
                        "applicant", Map.of("kind", "PERSON", "name", "李华", "idNumber", PERSON),
                        "materials", List.of(m("ID", "PROVIDED")), "deliveryMethod", "PICKUP",
                        "reviewPoints", ReviewPointsFixture.confirmed("NRP-0004")))
                .when().post("/api/cases").then().statusCode(201).extract().jsonPath();
        assertThat(r.getString("outcome")).isEqualTo("BACK_OFFICE_ACCEPTANCE_WHILE_WAITING");
        String caseId = r.getString("intakeCase.caseId");
        assertThat(text("/api/cases/" + caseId + "/document")).contains("收件凭证", caseId, "20分钟内决定是否受理");
        assertThat(Sql.count("select count(*) from intake_case where case_id = '" + caseId
                + "' and intake_path = 'BACK_OFFICE_ACCEPTANCE_WHILE_WAITING' and status = 'RECEIVED'")).isEqualTo(1);
        assertThat(Events.types(Topics.INTAKE_CASE, caseId, 1)).containsExactly(EventTypes.CASE_TAKEN_IN);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void receivedOnly() throws Exception {
        // 居民身份证换领 (PSB-0002): high risk, the window receives only
        var r = takeIn(Map.of("itemCode", "PSB-0002"), "PERSON", PERSON,
                List.of(m("OLD-ID", "ORIGINAL_VERIFIED"), m("PHOTO", "PROVIDED")), Map.of(), 201);
        assertThat(r.getString("outcome")).isEqualTo("RECEIVED_ONLY");
        String caseId = r.getString("intakeCase.caseId");
        assertThat(text("/api/cases/" + caseId + "/document")).contains("收件凭证", "第一联 申请人留存", "第三联 窗口存档",
                "5个工作日内决定是否受理");
        assertCaseStored(caseId, "RECEIVED_ONLY", "RECEIVED");
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void acceptedWithDeferredMaterials() throws Exception {
        var r = takeIn(Map.of("itemCode", "AMR-0001"), "ORGANISATION", ORG, List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"),
                        m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "MISSING"), m("POA", "NOT_APPLICABLE")),
                Map.of("deferral", Map.of("commitmentSigned", true)), 201);
        assertThat(r.getString("outcome")).isEqualTo("ACCEPTED_WITH_DEFERRED_MATERIALS");
        String caseId = r.getString("intakeCase.caseId");
        assertThat(r.getList("owed.code")).containsExactly("ADDR");
        assertThat(text("/api/cases/" + caseId + "/document")).contains("容缺候补通知书", "住所使用证明", "补交期限");
        assertCaseStored(caseId, "ACCEPTED_WITH_DEFERRED_MATERIALS", "ACCEPTED_WITH_DEFERRED_MATERIALS");
        assertThat(Sql.count("select count(*) from deferred_material where case_id = '" + caseId
                + "' and material_code = 'ADDR' and due_at is not null and supplied_at is null")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void oneTimeNoticeTakesNothingIn() throws Exception {
        long cases = Sql.count("select count(*) from intake_case");
        var r = takeIn(Map.of("itemCode", "AMR-0001"), "ORGANISATION", ORG,
                List.of(m("APP", "WRONG_FORM"), m("LR-ID", "PROVIDED")), Map.of(), 200);
        assertThat(r.getString("outcome")).isEqualTo("ONE_TIME_NOTICE");
        assertThat(r.getList("problems.code")).containsExactly("APP", "AOA", "LR-ID", "ADDR", "POA");
        String number = r.getString("noticeNumber");
        assertThat(text("/api/notices/" + number + "/document")).contains("一次性告知书", "公司章程：缺少", "原件未核验");
        assertNoticeStored(number, "ONE_TIME_NOTICE");
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void returnedAsOutOfScope() throws Exception {
        long cases = Sql.count("select count(*) from intake_case");
        // 窗口无否决权: the window's return waits for the mid desk's sign-off (202, no notice yet); its CONFIRM issues it
        var r = takeIn(Map.of("itemCode", "AMR-0003"), "PERSON", PERSON, List.of(),
                Map.of("outOfScopeReason", "申请事项属于市级权限，不属于本中心受理范围"), 202);
        assertThat(r.getString("outcome")).isEqualTo("PENDING_SIGN_OFF");
        assertThat(r.getString("noticeNumber")).isNull();
        String number = cn.onewindow.intake.signoff.SignOffDesk.confirm(r.getString("signOffId"));
        assertThat(text("/api/notices/" + number + "/document")).contains("不予受理通知书", "市级权限", "行政复议");
        assertNoticeStored(number, "RETURN_NOTICE");
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aBundleIsOneSubmissionWithOneCasePerDepartment() {
        // 二手房交易登记（一件事）: tax, real-estate registration and housing fund, each its own path
        var r = takeIn(Map.of("bundleCode", "BUNDLE-HOME-SALE"), "PERSON", PERSON, List.of(m("CONTRACT", "PROVIDED"),
                m("ID", "ORIGINAL_VERIFIED"), m("CERT", "ORIGINAL_VERIFIED"), m("APP", "PROVIDED"), m("TAXPROOF", "PROVIDED"),
                m("INVOICE", "PROVIDED")), Map.of(), 201);
        assertThat(r.getString("outcome")).isEqualTo("BUNDLE_TAKEN_IN");
        String bundle = r.getString("bundleId");
        assertThat(bundle).matches("DX-B-\\d{8}-\\d{6}");
        assertThat(r.getList("cases.intakeCase.itemCode")).containsExactly("TAX-0003", "NRP-0002", "HPF-0002");
        assertThat(r.getList("cases.path")).containsExactly("SETTLED_ON_SPOT", "ACCEPTED_ON_SPOT", "ACCEPTED_ON_SPOT");
        assertThat(Sql.count("select count(distinct department_code) from intake_case where bundle_id = '" + bundle
                + "' and bundle_size = 3 and bundle_code = 'BUNDLE-HOME-SALE'")).isEqualTo(3);
        // every case is announced with its bundle, so routing can fan out and join again
        for (String caseId : r.<String>getList("cases.intakeCase.caseId")) {
            assertThat(Events.types(Topics.INTAKE_CASE, caseId, 1)).containsExactly(EventTypes.CASE_TAKEN_IN);
        }
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id in (select case_id from intake_case where bundle_id = '"
                + bundle + "') and payload like '%\"bundleId\":\"" + bundle + "\"%'")).isEqualTo(3);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aMissingMaterialOfOneItemStopsTheWholeSubmissionWithOneNotice() {
        long cases = Sql.count("select count(*) from intake_case");
        var r = takeIn(Map.of("itemCodes", List.of("TAX-0003", "HPF-0002")), "PERSON", PERSON,
                List.of(m("CONTRACT", "PROVIDED"), m("ID", "ORIGINAL_VERIFIED")), Map.of(), 200);
        assertThat(r.getString("outcome")).isEqualTo("ONE_TIME_NOTICE");
        // everything for both items at once: the tax item's certificate, the fund's invoice
        assertThat(r.getList("problems.itemCode")).containsExactly("TAX-0003", "HPF-0002");
        assertThat(r.getList("problems.code")).containsExactly("CERT", "INVOICE");
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void anItemThatDoesNotServeTheApplicantIsRefusedAndNothingIsStored() {
        long cases = Sql.count("select count(*) from intake_case");
        long notices = Sql.count("select count(*) from intake_notice");
        // 企业设立登记 serves organisations only
        var r = takeIn(Map.of("itemCode", "AMR-0001"), "PERSON", PERSON, List.of(), Map.of(), 422);
        assertThat(r.getString("code")).isEqualTo("applicant-not-served");
        assertThat(r.getString("detailZh")).contains("不面向自然人", "AMR-0001");
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
        assertThat(Sql.count("select count(*) from intake_notice")).isEqualTo(notices);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void theApplicantsContactGoesToItsOwnTopicNeverOnTheCaseTopic() {
        var body = new HashMap<String, Object>(Map.of("itemCode", "AMR-0001",
                "applicant", Map.of("kind", "ORGANISATION", "name", "李华", "idNumber", ORG, "phone", "13812345678",
                        "email", "lihua@example.cn"),
                "materials", List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"), m("LR-ID", "ORIGINAL_VERIFIED"),
                        m("ADDR", "PROVIDED"), m("POA", "NOT_APPLICABLE")), "deliveryMethod", "PICKUP",
                "reviewPoints", ReviewPointsFixture.confirmed("AMR-0001")));
        String caseId = given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(201)
                .extract().path("intakeCase.caseId");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and topic = '" + Topics.INTAKE_CONTACT + "' and payload like '%13812345678%'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and topic = '" + Topics.INTAKE_CASE + "' and (payload like '%13812345678%' or payload like '%lihua@%')")).isZero();
        given().contentType(ContentType.JSON).body(Map.of("itemCode", "AMR-0001",
                        "applicant", Map.of("kind", "ORGANISATION", "name", "李华", "idNumber", ORG, "phone", "12345"),
                        "materials", List.of(), "deliveryMethod", "PICKUP"))
                .when().post("/api/cases").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void inASubmissionOnlyTheItemThatLacksSomethingOwesItByItsOwnLimit() {
        // 企业设立登记 (promised, 1 working day) lacks its address proof; 公章刻制备案 (immediate) is complete
        var r = takeIn(Map.of("itemCodes", List.of("AMR-0001", "PSB-0001")), "ORGANISATION", ORG, List.of(m("APP", "PROVIDED"),
                        m("AOA", "PROVIDED"), m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "MISSING"), m("POA", "NOT_APPLICABLE"),
                        m("BL", "ORIGINAL_VERIFIED")),
                Map.of("deferral", Map.of("commitmentSigned", true)), 201);
        assertThat(r.getList("cases.path")).containsExactly("ACCEPTED_WITH_DEFERRED_MATERIALS", "SETTLED_ON_SPOT");
        String amr = r.getString("cases[0].intakeCase.caseId");
        // owed by the end of the next working day (the promised item's limit), not by tonight (the immediate one's)
        assertThat(Sql.count("select count(*) from deferred_material where case_id = '" + amr + "' and material_code = 'ADDR'"
                + " and due_at >= (date_trunc('day', now() at time zone 'Asia/Shanghai') + interval '2 days') at time zone 'Asia/Shanghai'"))
                .isEqualTo(1);
        assertThat(Sql.count("select count(*) from deferred_material where case_id = '" + r.getString("cases[1].intakeCase.caseId") + "'"))
                .isZero();
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void choosingNoItemOrTwoWaysAtOnceIsRefused() {
        given().contentType(ContentType.JSON).body(Map.of("itemCode", "AMR-0001", "bundleCode", "BUNDLE-HOME-SALE",
                        "applicant", Map.of("kind", "PERSON", "name", "李华", "idNumber", PERSON), "materials", List.of(),
                        "deliveryMethod", "PICKUP"))
                .when().post("/api/cases").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("choose-items"));
        given().contentType(ContentType.JSON).body(Map.of("itemCodes", List.of("AMR-0001", "AMR-0001"),
                        "applicant", Map.of("kind", "PERSON", "name", "李华", "idNumber", PERSON), "materials", List.of(),
                        "deliveryMethod", "PICKUP"))
                .when().post("/api/cases").then().statusCode(400)
                .body("code", org.hamcrest.Matchers.equalTo("item-chosen-twice"));
    }
}
