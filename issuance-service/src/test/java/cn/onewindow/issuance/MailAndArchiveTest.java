package cn.onewindow.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
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
 * Express mail with its waybill and tracking, a returned parcel back at the window with the applicant
 * told, the delivery register, and the archive package with its digest; an agent collects only with
 * the power of attorney checked.
 */
@QuarkusTest
class MailAndArchiveTest {
    static String readyCase(String item, String deliveryMethod) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"%s","itemName":"测试","departmentCode":"AMR","outcome":"APPROVED","resultKind":"LICENCE",
                 "resultTitle":"营业执照","applicantName":"测试公司","deliveryMethod":"%s","decidedAt":"2026-11-23T03:00:00Z"}"""
                .formatted(caseId, item, deliveryMethod));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId
                + "' and status = 'AWAITING_ARRIVAL'", 1)).isEqualTo(1);
        given().when().post("/api/issuance/" + caseId + "/arrival").then().statusCode(200);
        return caseId;
    }

    @Test
    @TestSecurity(user = "issuer", roles = {"issuance-clerk", "supervisor"})
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aParcelReturnedOnceIsMailedAgainDeliveredRegisteredAndArchived() throws Exception {
        String item = "TST-" + (1000 + (int) (Math.random() * 8999));
        DecisionIssuanceTest.delegate(item, "\"RECEIVE\",\"ACCEPT\",\"DELIVER\"", null);
        String caseId = readyCase(item, "EXPRESS_MAIL");
        String base = "/api/issuance/" + caseId;

        given().contentType(ContentType.JSON).body("{\"carrier\":\"中国邮政EMS\",\"waybill\":\"EMS1234567890\"}")
                .when().post(base + "/mailing").then().statusCode(200).body("status", equalTo("MAILED"));
        given().contentType(ContentType.JSON).body("{\"status\":\"RETURNED\",\"note\":\"地址不详\"}")
                .when().post(base + "/tracking").then().statusCode(200).body("status", equalTo("READY")).body("mailReturns", equalTo(1));
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId + "' and kind = 'MAIL_RETURNED_1'"
                + " and body like '%地址不详%'")).isEqualTo(1);

        given().contentType(ContentType.JSON).body("{\"carrier\":\"中国邮政EMS\",\"waybill\":\"EMS1234567891\"}")
                .when().post(base + "/mailing").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"status\":\"IN_TRANSIT\"}").when().post(base + "/tracking").then().statusCode(200);
        given().contentType(ContentType.JSON).body("{\"status\":\"DELIVERED\",\"note\":\"本人签收\"}")
                .when().post(base + "/tracking").then().statusCode(200).body("status", equalTo("DELIVERED"));
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId
                + "' and event_type = '" + EventTypes.RESULT_DELIVERED + "' and payload like '%EMS1234567891%'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from mail_tracking where case_id = '" + caseId + "'")).isEqualTo(5);
        given().when().get("/api/issuance/register?from=2020-01-01&to=2030-12-31").then().statusCode(200)
                .body("caseId", hasItem(caseId));

        var archived = given().contentType(ContentType.JSON).body("{\"paperLocation\":\"档案室A-03柜-12盒\"}")
                .when().post(base + "/archive").then().statusCode(200).extract().jsonPath();
        String pkg = archived.getString("casePackage");
        assertThat(pkg).contains(caseId, "EMS1234567891", "eCertificate", "RETURNED");
        assertThat(archived.getString("sha256")).isEqualTo(HexFormat.of().formatHex(
                MessageDigest.getInstance("SHA-256").digest(pkg.getBytes(StandardCharsets.UTF_8))));
        given().when().get(base).then().body("status", equalTo("ARCHIVED"));
        given().contentType(ContentType.JSON).body("{\"paperLocation\":\"x\"}").when().post(base + "/archive")
                .then().statusCode(409).body("code", equalTo("not-delivered"));
    }

    @Test
    @TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aPickupResultIsNotMailedAndAnAgentNeedsThePowerOfAttorney() {
        String item = "TST-" + (1000 + (int) (Math.random() * 8999));
        DecisionIssuanceTest.delegate(item, "\"RECEIVE\",\"ACCEPT\",\"DELIVER\"", null);
        String caseId = readyCase(item, "PICKUP");
        given().contentType(ContentType.JSON).body("{\"carrier\":\"顺丰\",\"waybill\":\"SF1234567890\"}")
                .when().post("/api/issuance/" + caseId + "/mailing").then().statusCode(409).body("code", equalTo("pickup-chosen"));
        given().contentType(ContentType.JSON).body("{\"receivedBy\":\"李代领\",\"identityChecked\":true,\"signature\":\"s\","
                        + "\"receiverRole\":\"AGENT\",\"powerOfAttorneyChecked\":false}")
                .when().post("/api/issuance/" + caseId + "/pickup").then().statusCode(400);
        given().contentType(ContentType.JSON).body("{\"receivedBy\":\"李代领\",\"identityChecked\":true,\"signature\":\"s\","
                        + "\"receiverRole\":\"AGENT\",\"powerOfAttorneyChecked\":true}")
                .when().post("/api/issuance/" + caseId + "/pickup").then().statusCode(200).body("receiverRole", equalTo("AGENT"));
    }
}
