package cn.onewindow.approval;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Instant;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/**
 * 缴费通知 (#23 item 7): a fee set by the department is announced with its amount, its basis, how to pay and by when, once
 * per fee, so issuance can tell the applicant; the clock stays stopped until the payment is confirmed. A step that is
 * not a fee announces no fee.
 */
@QuarkusTest
class FeeNoticeEventTest {
    /** Monday 2026-11-23 10:00 in the hall: three working days later is Thursday 2026-11-26. */
    static final String NOW = "2026-11-23T02:00:00Z";

    @BeforeEach
    void at() {
        TestClock.moveTo(Instant.parse(NOW));
    }

    @AfterEach
    void reset() {
        TestClock.reset();
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "赵"),
            @Claim(key = "given_name", value = "审")})
    void aFeeIsAnnouncedOnceWithItsAmountAndHowToPayAndTheClockWaitsForThePayment() {
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, NOW, null);
        String base = "/api/department/cases/" + caseId;
        given().contentType(ContentType.JSON).body("{}").when().post(base + "/claim").then().statusCode(200);

        given().contentType(ContentType.JSON).body("{\"kind\":\"SITE_CHECK\",\"note\":\"核查经营场所\"}")
                .when().post(base + "/steps").then().statusCode(200);
        assertThat(Routed.events(caseId, EventTypes.FEE_ASSESSED)).as("a site check is no fee").isZero();

        String fee = given().contentType(ContentType.JSON)
                .body("{\"kind\":\"FEE\",\"note\":\"工本费（依据收费文件）\",\"amountCents\":5000,\"payWithinWorkingDays\":3}")
                .when().post(base + "/steps").then().statusCode(200).extract().path("id");
        assertThat(Routed.events(caseId, EventTypes.FEE_ASSESSED)).isEqualTo(1);
        String payload = Sql.text("select payload from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.FEE_ASSESSED + "'");
        assertThat(payload).contains("\"stepId\":\"" + fee + "\"", "\"amountCents\":5000", "\"basis\":\"工本费（依据收费文件）\"",
                "\"departmentCode\":\"AMR\"", "统一公共支付平台", "\"dueAt\":\"2026-11-26T", "\"assessedAt\":\"2026-11-23T02:00");
        given().when().get(base).then().body("clockState", equalTo("STOPPED"));

        given().contentType(ContentType.JSON).body("{\"amountCents\":5000,\"reference\":\"PAY-20261123-9\"}")
                .when().post(base + "/payments").then().statusCode(200).body("outcome", equalTo("PAID"));
        given().when().get(base).then().body("clockState", equalTo("NORMAL"));
        assertThat(Routed.events(caseId, EventTypes.FEE_ASSESSED)).as("the payment announces no second fee").isEqualTo(1);

        // a department's own words on how to pay go on the notice as they are
        given().contentType(ContentType.JSON)
                .body("{\"kind\":\"FEE\",\"note\":\"检测费\",\"amountCents\":12000,\"howToPay\":\"请到三楼收费窗口缴纳\"}")
                .when().post(base + "/steps").then().statusCode(200);
        assertThat(Routed.events(caseId, EventTypes.FEE_ASSESSED)).isEqualTo(2);
        assertThat(Sql.text("select payload from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.FEE_ASSESSED + "' order by seq desc limit 1")).contains("\"amountCents\":12000",
                "\"howToPay\":\"请到三楼收费窗口缴纳\"", "\"dueAt\":null");
    }

    @Test
    @TestSecurity(user = "reviewer-amr", roles = "department-reviewer")
    @OidcSecurity(claims = {@Claim(key = "department", value = "AMR"), @Claim(key = "family_name", value = "赵"),
            @Claim(key = "given_name", value = "审")})
    void howToPayWithALinkOrABankAccountIsRefusedForTheHallsSms() {
        String caseId = Routed.send("AMR", "ACCEPTED_ON_SPOT", 5, NOW, null);
        String base = "/api/department/cases/" + caseId;
        given().contentType(ContentType.JSON).body("{}").when().post(base + "/claim").then().statusCode(200);

        for (String howToPay : new String[] {"请点击 http://pay.example.cn 缴费", "请访问https://zwfw.example.cn/pay",
                "登录www.example.com缴纳", "打开 pay-hall.example.gov.cn 缴纳", "登录ｐａｙ．ｅｘａｍｐｌｅ．ｃｎ缴纳",
                "转账至账号6222021234567890123", "转账至 6222 0212 3456 7890", "转账至账号６２２２０２１２３４５６７"}) {
            given().contentType(ContentType.JSON)
                    .body("{\"kind\":\"FEE\",\"note\":\"工本费\",\"amountCents\":5000,\"howToPay\":\"" + howToPay + "\"}")
                    .when().post(base + "/steps").then().statusCode(400)
                    .body("code", equalTo("how-to-pay-not-allowed"), "detailZh", org.hamcrest.Matchers.containsString("银行账号"));
        }
        assertThat(Sql.count("select count(*) from examination_step where case_id = '" + caseId + "'")).as("nothing written").isZero();
        assertThat(Routed.events(caseId, EventTypes.FEE_ASSESSED)).isZero();

        // the hall's channels in words, a phone number and an amount are fine
        given().contentType(ContentType.JSON).body("{\"kind\":\"FEE\",\"note\":\"工本费\",\"amountCents\":5000,"
                        + "\"howToPay\":\"请到三楼收费窗口缴纳50.00元，咨询请到三楼服务台。\"}")
                .when().post(base + "/steps").then().statusCode(200);
        assertThat(Routed.events(caseId, EventTypes.FEE_ASSESSED)).isEqualTo(1);
    }
}
