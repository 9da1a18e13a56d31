package cn.onewindow.issuance;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;

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
import io.restassured.path.json.JsonPath;

/**
 * Electronic certificates: an approval is issued as signed JSON; it verifies publicly; the same
 * certificate with one byte changed is rejected; after a key rotation old certificates still verify
 * and new ones are signed with the new key; its public view needs its verification code.
 */
@QuarkusTest
class ECertificateTest {
    static String approved(String title) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"企业设立登记","departmentCode":"AMR","outcome":"APPROVED",
                 "resultKind":"LICENCE","resultTitle":"%s","applicantName":"廊坊临空科技有限公司","deliveryMethod":"PICKUP",
                 "decidedAt":"2026-11-23T03:00:00Z"}""".formatted(caseId, title));
        assertThat(Sql.awaitCount("select count(*) from e_certificate where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        return caseId;
    }

    static JsonPath verify(String payload, String signature) {
        return given().contentType(ContentType.JSON).body(Map.of("payload", payload, "signature", signature))
                .when().post("/api/public/certificates/verification").then().statusCode(200).extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "issuer", roles = {"issuance-clerk", "hall-admin"})
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aCertificateVerifiesAndOneChangedByteIsRejectedAcrossAKeyRotation() {
        String caseId = approved("营业执照");
        var cert = given().when().get("/api/issuance/" + caseId + "/certificate").then().statusCode(200).extract().jsonPath();
        String payload = cert.getString("payload");
        String signature = cert.getString("signature");
        String kid = cert.getString("kid");

        var ok = verify(payload, signature);
        assertThat(ok.getBoolean("valid")).isTrue();
        assertThat(ok.getString("certificate.title")).isEqualTo("营业执照");
        assertThat(ok.getString("certificate.holder")).isEqualTo("廊********").doesNotContain("临空科技");

        // one byte changed: the holder's name, the title, a digit of the date
        String tampered = payload.replace("廊坊临空科技有限公司", "廊坊临空科技有限公可");
        assertThat(tampered).isNotEqualTo(payload);
        assertThat(verify(tampered, signature).getBoolean("valid")).isFalse();
        assertThat(verify(payload.replace("2026-11-23T03", "2026-11-23T04"), signature).getBoolean("valid")).isFalse();
        var forged = verify(payload, signature.substring(0, 10) + (signature.charAt(10) == 'A' ? 'B' : 'A') + signature.substring(11));
        assertThat(forged.getBoolean("valid")).isFalse();
        assertThat(forged.getString("reasonZh")).contains("签名校验失败");

        // rotation: a new key signs from now on, the old certificate still verifies
        String newKid = given().when().post("/api/certificate-keys/rotation").then().statusCode(200).extract().path("kid");
        assertThat(newKid).isNotEqualTo(kid);
        assertThat(verify(payload, signature).getBoolean("valid")).isTrue();
        String later = approved("食品经营许可证");
        given().when().get("/api/issuance/" + later + "/certificate").then().body("kid", equalTo(newKid));
        given().when().get("/api/public/certificates/keys").then().statusCode(200)
                .body("find { it.kid == '" + kid + "' }.active", equalTo(false))
                .body("find { it.kid == '" + newKid + "' }.active", equalTo(true));
        String code = cert.getString("verificationCode");
        given().when().get("/api/public/certificates/EC-" + caseId + "?code=" + code).then().statusCode(200)
                .body("status", equalTo("VALID"));
    }

    /**
     * The public view needs the certificate's verification code besides its number (the number follows the case
     * number and can be guessed): without it, with a wrong one, or for a number never issued the answer is the
     * same 404, which tells nothing about which certificates exist (#20, item 9).
     */
    @Test
    @TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void aLookupByNumberAloneOrWithAWrongCodeTellsNothing() {
        String caseId = approved("营业执照");
        var cert = given().when().get("/api/issuance/" + caseId + "/certificate").then().statusCode(200).extract().jsonPath();
        String code = cert.getString("verificationCode");
        assertThat(code).hasSize(16).matches("[0-9A-HJKMNP-TV-Z]+");
        assertThat(cert.getString("verify")).endsWith("/api/issuance/public/certificates/EC-" + caseId + "?code=" + code);

        String wrong = (code.charAt(0) == '0' ? "1" : "0") + code.substring(1);
        String unknownNumber = given().when().get("/api/public/certificates/EC-T-never-issued?code=" + code)
                .then().statusCode(404).body("code", equalTo("no-such-certificate")).extract().path("detail");
        for (String query : List.of("", "?code=", "?code=" + wrong, "?code=" + code.substring(0, 8))) {
            given().when().get("/api/public/certificates/EC-" + caseId + query).then().statusCode(404)
                    .body("code", equalTo("no-such-certificate")).body("detail", equalTo(unknownNumber))
                    .body("title", not(containsString("营业执照")));
        }
        // as people copy it: lower case, in groups of four
        String typed = (code.substring(0, 4) + "-" + code.substring(4, 8) + " " + code.substring(8)).toLowerCase();
        given().when().get("/api/public/certificates/EC-" + caseId + "?code=" + typed).then().statusCode(200)
                .body("title", equalTo("营业执照")).body("holder", equalTo("廊********"));
    }

    @Test
    @TestSecurity(user = "issuer", roles = "issuance-clerk")
    @io.quarkus.test.security.oidc.OidcSecurity(claims = @io.quarkus.test.security.oidc.Claim(key = "hall", value = "DX"))
    void thePrintedCertificateCarriesAQrCodeLinkingToItsVerification() throws Exception {
        String caseId = approved("营业执照");
        byte[] pdf = given().when().get("/api/issuance/" + caseId + "/certificate/pdf").then().statusCode(200)
                .contentType("application/pdf").extract().asByteArray();
        try (var doc = org.apache.pdfbox.Loader.loadPDF(pdf)) {
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains("电子证照 营业执照", "廊坊临空科技有限公司",
                    "EC-" + caseId);
            var image = new org.apache.pdfbox.rendering.PDFRenderer(doc).renderImageWithDPI(0, 150);
            int[] pixels = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
            var bitmap = new com.google.zxing.BinaryBitmap(new com.google.zxing.common.HybridBinarizer(
                    new com.google.zxing.RGBLuminanceSource(image.getWidth(), image.getHeight(), pixels)));
            String link = new com.google.zxing.qrcode.QRCodeReader().decode(bitmap).getText();
            String code = given().when().get("/api/issuance/" + caseId + "/certificate").then().extract().path("verificationCode");
            assertThat(link).endsWith("/api/issuance/public/certificates/EC-" + caseId + "?code=" + code);
            assertThat(new org.apache.pdfbox.text.PDFTextStripper().getText(doc)).contains(code); // 核验码, printed too
            // the gateway's /api/issuance/… is the service's /api/…
            given().when().get("/api" + link.substring(link.indexOf("/api/issuance") + "/api/issuance".length()))
                    .then().statusCode(200).body("status", equalTo("VALID"));
        }
    }

    @Test
    void verificationNeedsNoLoginAndADenialHasNoCertificate() {
        given().contentType(ContentType.JSON).body(Map.of("payload", "{not json", "signature", "AAAA"))
                .when().post("/api/public/certificates/verification").then().statusCode(200).body("valid", equalTo(false));
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.CASE_DECIDED, """
                {"caseId":"%s","itemCode":"AMR-0001","itemName":"企业设立登记","departmentCode":"AMR","outcome":"DENIED",
                 "resultKind":"DENIAL_LETTER","resultTitle":"不予许可决定书","reasons":"理由","applicantName":"某公司",
                 "deliveryMethod":"PICKUP","decidedAt":"2026-11-23T03:00:00Z"}""".formatted(caseId));
        assertThat(Sql.awaitCount("select count(*) from issuance_record where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        assertThat(Sql.count("select count(*) from e_certificate where case_id = '" + caseId + "'")).isZero();
    }
}
