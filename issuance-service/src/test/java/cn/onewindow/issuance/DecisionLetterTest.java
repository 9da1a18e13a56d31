package cn.onewindow.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * Written decisions for the applicant (#22 item 10): a refusal of acceptance (不予受理决定书), a denial (不予许可决定书)
 * and the 容缺 expiry's termination are issued like any result, the record keeps reasons, legal basis and remedies,
 * the applicant's notice says what was decided, and the letter is a printable PDF whose text carries the reasons,
 * the legal basis, the deciding authority and the remedies — reconsideration within 60 days, litigation within 6 months.
 */
@QuarkusTest
class DecisionLetterTest {
    static final String REMEDIES = "如不服本决定，可自收到本决定书之日起60日内向廊坊市人民政府申请行政复议，或者在6个月内向廊坊市广阳区人民法院提起行政诉讼。";

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static String decided(String outcome, String resultKind, String resultTitle, String reasons, String extra) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"企业设立登记","departmentCode":"AMR","outcome":"%s",
                 "resultKind":"%s","resultTitle":"%s","reasons":"%s","applicantName":"廊坊临空科技有限公司",
                 "deliveryMethod":"PICKUP","decidedAt":"2026-11-23T03:00:00Z","remedies":"%s"%s}"""
                .formatted(caseId, outcome, resultKind, resultTitle, reasons, REMEDIES, extra));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    static String text(String caseId) {
        byte[] pdf = given().when().get("/api/issuance/" + caseId + "/decision-letter/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            // a long line is wrapped on the page: compare without the breaks
            return new org.apache.pdfbox.text.PDFTextStripper().getText(doc).replaceAll("\\s+", "");
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aDenialIsIssuedAsAPrintableLetterWithReasonsBasisAuthorityAndRemedies() {
        TestClock.moveTo(Instant.parse("2026-11-23T05:00:00Z"));
        String caseId = decided("DENIED", "DENIAL_LETTER", "不予许可决定书", "经营场所位于居民住宅楼内，不符合餐饮服务许可条件。",
                ",\"departmentName\":\"市场监督管理局\",\"legalBasis\":\"《中华人民共和国市场主体登记管理条例》第三条\"");
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(200).body("status", equalTo("READY"));

        given().when().get("/api/issuance/" + caseId + "/decision-letter").then().statusCode(200)
                .body("outcome", equalTo("DENIED"))
                .body("reasons", equalTo("经营场所位于居民住宅楼内，不符合餐饮服务许可条件。"))
                .body("remedies", equalTo(REMEDIES))
                .body("authority", equalTo("市场监督管理局"))
                .body("legalBasis", equalTo("《中华人民共和国市场主体登记管理条例》第三条"))
                .body("letter", equalTo("/api/issuance/" + caseId + "/decision-letter/pdf"));

        String text = text(caseId);
        assertThat(text).contains("不予许可决定书", "廊坊临空科技有限公司", "企业设立登记", "经营场所位于居民住宅楼内，不符合餐饮服务许可条件。",
                "《中华人民共和国市场主体登记管理条例》第三条", "市场监督管理局", "行政复议", "60日", "廊坊市人民政府", "行政诉讼", "6个月",
                "廊坊市广阳区人民法院", caseId);
        // the applicant's notice says what was decided, not just "your result is ready"
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId + "' and kind = 'RESULT_READY' "
                + "and body like '%决定不予许可%' and body like '%不予许可决定书%' and body like '%行政复议%'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aRefusalOfAcceptanceIsIssuedAsItsOwnLetter() {
        TestClock.moveTo(Instant.parse("2026-11-23T05:00:00Z"));
        String caseId = decided("NOT_ACCEPTED", "NOT_ACCEPTED_NOTICE", "不予受理决定书", "申请事项不属于本机关职权范围。",
                ",\"departmentName\":\"市场监督管理局\",\"legalBasis\":\"《中华人民共和国行政许可法》第三十二条第一款第（二）项\"");
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(200);
        String text = text(caseId);
        assertThat(text).contains("不予受理决定书", "决定不予受理", "申请事项不属于本机关职权范围。", "《中华人民共和国行政许可法》第三十二条",
                "市场监督管理局", "行政复议", "60日", "6个月");
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId + "' and body like '%决定不予受理%'"))
                .isEqualTo(1);
    }

    /** 容缺 expiry: the termination's written denial, with its due date (2 working days) on the record and the letter. */
    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aTerminated容缺CaseGetsItsWrittenDenialWithItsDueDate() {
        TestClock.moveTo(Instant.parse("2026-11-23T05:00:00Z"));
        String caseId = decided("TERMINATED", "DENIAL_LETTER", "终止办理决定书",
                "容缺受理后申请人未在承诺期限内补交材料（期限至2026-11-24），依承诺终止办理；申请材料原件经综合窗口退还申请人。",
                ",\"departmentName\":\"市场监督管理局\",\"denialDueAt\":\"2026-11-26T16:00:00Z\"");
        given().when().get("/api/issuance/" + caseId + "/decision-letter").then().statusCode(200)
                .body("denialDueAt", equalTo("2026-11-26T16:00:00Z"));
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(200);
        String text = text(caseId);
        assertThat(text).contains("终止办理决定书", "决定终止办理", "期限至2026-11-24", "行政复议", "60日", "6个月", "市场监督管理局");
    }

    /**
     * A decision recorded before these fields existed (no department name, no legal basis) still gets its letter:
     * the department's code stands for the authority and the basis says it is the item's published one.
     */
    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void anOlderDecisionWithoutTheNewFieldsStillGetsItsLetter() {
        // as approval sent it before: no remedies, no department name, no legal basis
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"企业设立登记","departmentCode":"AMR","outcome":"DENIED",
                 "resultKind":"DENIAL_LETTER","resultTitle":"不予许可决定书","reasons":"材料不实。","applicantName":"廊坊临空科技有限公司",
                 "deliveryMethod":"PICKUP","decidedAt":"2026-11-23T03:00:00Z"}""".formatted(caseId));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        String text = text(caseId);
        assertThat(text).contains("不予许可决定书", "材料不实。", "作出决定机关：AMR（印章）", "法律依据：该事项办事指南公布的设定依据",
                "向本级人民政府或者上一级主管部门申请行政复议", "60日", "6个月");
    }

    @Test
    @TestSecurity(user = "issuer-test", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void anApprovalHasNoDecisionLetter() {
        String caseId = decided("APPROVED", "LICENCE", "营业执照", "", "");
        given().when().get("/api/issuance/" + caseId + "/decision-letter/pdf").then().statusCode(404)
                .body("code", equalTo("no-decision-letter"));
        given().when().get("/api/issuance/" + caseId + "/decision-letter").then().statusCode(404)
                .body("code", equalTo("no-decision-letter"));
    }

    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    void aReviewerCannotFetchTheLetterHere() {
        given().when().get("/api/issuance/T-any/decision-letter/pdf").then().statusCode(403);
    }
}
