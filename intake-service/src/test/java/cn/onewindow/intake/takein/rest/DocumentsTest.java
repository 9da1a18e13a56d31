package cn.onewindow.intake.takein.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * The window's PDFs really carry the Chinese text: each document is fetched, its text extracted
 * with PDFBox and compared; a receipt has its three copies.
 */
@QuarkusTest
class DocumentsTest {
    static Map<String, String> m(String code, String status) {
        return Map.of("code", code, "status", status);
    }

    static io.restassured.response.ExtractableResponse<io.restassured.response.Response> intake(String item, String kind, String id,
                                                                                                 List<Map<String, String>> materials, Map<String, Object> extra) {
        var body = new java.util.HashMap<String, Object>(Map.of("itemCode", item, "applicant",
                Map.of("kind", kind, "name", "王小明", "idNumber", id), "materials", materials, "deliveryMethod", "PICKUP",
                "reviewPoints", ReviewPointsFixture.confirmed(item)));
        body.putAll(extra);
        return given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().extract();
    }

    static String text(String path) throws Exception {
        byte[] pdf = given().when().get(path).then().statusCode(200).contentType("application/pdf").extract().asByteArray();
        try (PDDocument doc = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(doc);
        }
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    @OidcSecurity(claims = {@Claim(key = "family_name", value = "张"), @Claim(key = "given_name", value = "敏")})
    void everyDocumentCarriesItsChineseText() throws Exception {
        // received only (居民身份证换领: the window holds the receive power only) → a receipt in three copies
        var received = intake("PSB-0002", "PERSON", "11010519491231002X",
                List.of(m("OLD-ID", "ORIGINAL_VERIFIED"), m("PHOTO", "PROVIDED")), Map.of());
        assertThat(received.statusCode()).isEqualTo(201);
        String receiptCase = received.path("intakeCase.caseId");
        String receipt = text("/api/cases/" + receiptCase + "/document");
        assertThat(receipt).contains("收件凭证", receiptCase, "居民身份证换领", "王小明", "首办负责人：张敏", "5个工作日内决定是否受理",
                "第一联 申请人留存", "第二联 随卷流转", "第三联 窗口存档", "核验码");

        // accepted on the spot → an acceptance notice with the promised limit
        var accepted = intake("AMR-0001", "ORGANISATION", "91350100M000100Y43", List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"),
                m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "PROVIDED"), m("POA", "NOT_APPLICABLE")), Map.of());
        String acceptance = text("/api/cases/" + accepted.path("intakeCase.caseId") + "/document");
        assertThat(acceptance).contains("受理通知书", "企业设立登记", "市场监督管理局", "现予受理", "承诺办结时限：1个工作日");

        // 容缺 → the supplement notice lists what is owed
        var deferred = intake("AMR-0001", "ORGANISATION", "91350100M000100Y43", List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"),
                m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "MISSING"), m("POA", "NOT_APPLICABLE")),
                Map.of("deferral", Map.of("commitmentSigned", true)));
        String supplement = text("/api/cases/" + deferred.path("intakeCase.caseId") + "/document");
        assertThat(supplement).contains("容缺候补通知书", "住所使用证明", "补交期限", "逾期未补交的，将终止办理");

        // one-time notice, taking nothing in
        var notice = intake("AMR-0001", "ORGANISATION", "91350100M000100Y43", List.of(m("APP", "WRONG_FORM")), Map.of());
        String oneTime = text("/api/notices/" + notice.path("noticeNumber") + "/document");
        assertThat(oneTime).contains("一次性告知书", "公司登记（备案）申请书：不符合法定形式", "公司章程：缺少", "法定代表人身份证件：缺少");

        // return as out of scope, with the applicant's rights — issued once the mid desk confirms it (窗口无否决权: 202 first)
        var returned = intake("AMR-0003", "PERSON", "11010519491231002X", List.of(), Map.of("outOfScopeReason", "不属于本窗口受理范围"));
        assertThat(returned.statusCode()).isEqualTo(202);
        String returnNotice = cn.onewindow.intake.signoff.SignOffDesk.confirm(returned.path("signOffId"));
        String back = text("/api/notices/" + returnNotice + "/document");
        assertThat(back).contains("不予受理通知书", "不属于本窗口受理范围", "行政复议", "行政诉讼");
    }

    /**
     * 31 Dec 2026 + 1 working day ends in 2027, whose notice the shipped data does not hold: the acceptance
     * notice must not promise a day that may be a holiday as if it were the hall's word.
     */
    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void aPromiseCountedIntoAYearNotEnteredSaysItIsProvisional() throws Exception {
        try {
            cn.onewindow.testsupport.TestClock.moveTo(java.time.Instant.parse("2026-12-31T02:00:00Z")); // Thursday 10:00
            var accepted = intake("AMR-0001", "ORGANISATION", "91350100M000100Y43", List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"),
                    m("LR-ID", "ORIGINAL_VERIFIED"), m("ADDR", "PROVIDED"), m("POA", "NOT_APPLICABLE")), Map.of());
            assertThat(accepted.statusCode()).isEqualTo(201);
            // the PDF wraps the long line: its text is compared without the breaks
            String acceptance = text("/api/cases/" + accepted.path("intakeCase.caseId") + "/document").replace("\n", "");
            // a topic kept from an earlier run of the suite may have 2027 entered: then the date is the hall's word
            boolean entered = given().when().get("/api/calendar/coverage").then().extract()
                    .<List<Integer>>path("enteredYears").contains(2027);
            if (entered) {
                assertThat(acceptance).contains("承诺办结时限：1个工作日").doesNotContain("暂定");
            } else {
                assertThat(acceptance).contains("承诺办结时限：1个工作日，最迟于2027年1月1日办结（暂定：2027年节假日安排尚未公布");
            }
        } finally {
            cn.onewindow.testsupport.TestClock.reset();
        }
    }

    @Test
    @TestSecurity(user = "clerk-test", roles = "window-clerk")
    void anUnknownCaseHasNoDocument() {
        given().when().get("/api/cases/DX-20200101-000001/document").then().statusCode(404);
    }
}
