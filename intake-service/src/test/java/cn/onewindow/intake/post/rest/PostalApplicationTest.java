package cn.onewindow.intake.post.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/**
 * 快递寄送材料 (#23 item 6): a parcel signed for is registered once per waybill; the window takes it in as a case whose
 * applicant is not present — taken in (acceptedAt) at the take-in, its working-day limits counting from the registration
 * (limitsFrom), the result goes
 * back by post and the parcel is taken in once; an item the catalogue does not offer by post is refused; a parcel
 * answered by a notice is returned with the reason. HPF-0002 (公积金提取) allows POST in the demo catalogue, AMR-0003 does not.
 */
@QuarkusTest
class PostalApplicationTest {
    static final ObjectMapper JSON = new ObjectMapper();
    /** Wednesday 16 December 2026, 09:00 in the hall: the parcel is signed for. */
    static final Instant SIGNED = Instant.parse("2026-12-16T01:00:00Z");
    /** Friday 18 December, 10:00: the window takes it in, two working days later. */
    static final Instant TAKEN = Instant.parse("2026-12-18T02:00:00Z");

    @AfterEach
    void resetClock() {
        TestClock.reset();
    }

    static String waybill() {
        return "SF" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
    }

    static Map<String, Object> parcel(String number, List<String> contents, String itemCode) {
        var body = new java.util.HashMap<String, Object>(Map.of("waybill", Map.of("carrier", "顺丰速运", "number", number),
                "sender", Map.of("name", "王芳", "phone", "13912345678", "address", "福州市鼓楼区东街1号"),
                "contents", contents));
        if (itemCode != null) {
            body.put("itemCode", itemCode);
        }
        return body;
    }

    static String register(String number) {
        return given().contentType(ContentType.JSON).body(parcel(number, List.of("身份证复印件", "购房合同", "CONTRACT"), "HPF-0002"))
                .when().post("/api/parcels").then().statusCode(201).body("status", equalTo("REGISTERED"))
                .extract().path("id");
    }

    /** A take-in of HPF-0002 from the parcel; {@code contract}: the 购房合同's status. */
    static Map<String, Object> takeIn(String item, String parcelId, String contract, String delivery) {
        var body = new java.util.HashMap<String, Object>(Map.of("itemCode", item,
                "applicant", Map.of("kind", "PERSON", "name", "王芳", "idNumber", "11010519491231002X"),
                "materials", List.of(Map.of("code", "ID", "status", "ORIGINAL_VERIFIED"), Map.of("code", "CONTRACT", "status", contract),
                        Map.of("code", "INVOICE", "status", "PROVIDED")),
                "deliveryMethod", delivery, "reviewPoints", confirmed(item), "parcelId", parcelId));
        return body;
    }

    @Test
    @TestSecurity(user = "runner-test", roles = "material-runner")
    void aWaybillIsRegisteredOnceAndAnotherParcelUnderItIsRefused() {
        String number = waybill();
        long before = Sql.count("select count(*) from parcel");
        var first = given().contentType(ContentType.JSON).body(parcel(number, List.of("申请表", "购房合同"), null))
                .when().post("/api/parcels").then().statusCode(201).body("waybillNumber", equalTo(number))
                .body("senderPhone", equalTo("139****5678")).body("contents", equalTo(List.of("申请表", "购房合同")))
                .extract().jsonPath();
        // signed for twice (a double click, a retry): the first registration, nothing new
        given().contentType(ContentType.JSON).body(parcel(number, List.of("申请表", "购房合同"), null))
                .when().post("/api/parcels").then().statusCode(200).body("id", equalTo(first.getString("id")))
                .body("registeredAt", equalTo(first.getString("registeredAt")));
        // another parcel under the same waybill is a mistake: refused, nothing written
        given().contentType(ContentType.JSON).body(parcel(number, List.of("申请表"), null))
                .when().post("/api/parcels").then().statusCode(409).body("code", equalTo("waybill-registered"));
        given().contentType(ContentType.JSON).body(parcel(number, List.of("申请表", "购房合同"), "HPF-0002"))
                .when().post("/api/parcels").then().statusCode(409).body("code", equalTo("waybill-registered"));
        assertThat(Sql.count("select count(*) from parcel")).isEqualTo(before + 1);

        given().when().get("/api/parcels?status=REGISTERED").then().statusCode(200)
                .body("find { it.id == '" + first.getString("id") + "' }.senderPhone", equalTo("139****5678"));
        // the runner signs for it; only the window clerk and the mid-desk, who enter the contact, see it whole
        given().when().get("/api/parcels/" + first.getString("id")).then().statusCode(200)
                .body("senderPhone", equalTo("139****5678")).body("senderAddress", equalTo("福州市****"))
                .body("status", equalTo("REGISTERED"));
        given().when().get("/api/parcels?status=LOST").then().statusCode(400);
        given().when().get("/api/parcels/" + UUID.randomUUID()).then().statusCode(404);
        given().contentType(ContentType.JSON).body(Map.of("waybill", Map.of("carrier", "顺丰速运", "number", waybill()),
                        "sender", Map.of("name", "王芳", "phone", "12345", "address", "福州"), "contents", List.of()))
                .when().post("/api/parcels").then().statusCode(400);
    }

    @Test
    @TestSecurity(user = "runner-test", roles = "material-runner")
    void oneParcelSignedForAtSeveralDesksAtOnceIsOneRegistration() throws Exception {
        String number = waybill();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(4);
        List<java.util.concurrent.Future<io.restassured.response.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            calls.add(pool.submit(() -> given().contentType(ContentType.JSON).body(parcel(number, List.of("申请表"), null))
                    .when().post("/api/parcels").andReturn()));
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        int created = 0;
        for (var c : calls) {
            var r = c.get();
            assertThat(r.statusCode()).as(r.asString()).isIn(200, 201);
            created += r.statusCode() == 201 ? 1 : 0;
            ids.add(r.path("id"));
        }
        pool.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(created).isEqualTo(1);
        assertThat(Sql.count("select count(*) from parcel where waybill_number = '" + number + "'")).isEqualTo(1);
    }

    @Test
    @TestSecurity(user = "clerk-post", roles = "window-clerk")
    void aParcelTakenInCountsItsWorkingDayLimitsFromTheRegistrationAndIsTakenInOnce() {
        TestClock.moveTo(SIGNED);
        String parcelId = register(waybill());
        TestClock.moveTo(TAKEN);
        var answer = given().contentType(ContentType.JSON).body(takeIn("HPF-0002", parcelId, "PROVIDED", "EXPRESS_MAIL"))
                .when().post("/api/cases").then().statusCode(201).extract().jsonPath();
        String caseId = answer.getString("intakeCase.caseId");
        assertThat(caseId).as("numbered on the day of the take-in").startsWith("DX-20261218-");
        assertThat(answer.getString("intakeCase.acceptedAt")).as("taken in at the take-in").startsWith("2026-12-18T02:00");

        given().when().get("/api/parcels/" + parcelId).then().body("status", equalTo("TAKEN_IN")).body("caseId", equalTo(caseId));
        assertThat(Sql.count("select count(*) from intake_case c join parcel p on p.case_id = c.case_id where c.case_id = '"
                + caseId + "' and date_trunc('minute', c.accepted_at) = '2026-12-18T02:00:00Z'"
                + " and date_trunc('minute', p.registered_at) = '2026-12-16T01:00:00Z'"
                + " and c.delivery_method = 'EXPRESS_MAIL'"
                + " and c.delivery_address = '福州市鼓楼区东街1号' and c.contact_phone = '13912345678'")).isEqualTo(1);
        // the take-in (the ledger, the transfer limit count from it) and the registration approval's clock starts from
        String event = Sql.text("select payload from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CASE_TAKEN_IN + "'");
        assertThat(event).contains("\"acceptedAt\":\"2026-12-18T02:00", "\"limitsFrom\":\"2026-12-16T01:00",
                "\"channel\":\"POST\"");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CONTACT_RECORDED + "' and payload like '%\"phone\":\"13912345678\"%' and payload like '%\"channel\":\"POST\"%'"))
                .as("the notices go to the sender's phone, the applicant not being in the hall").isEqualTo(1);

        // the same parcel again: refused, nothing written
        long cases = Sql.count("select count(*) from intake_case");
        given().contentType(ContentType.JSON).body(takeIn("HPF-0002", parcelId, "PROVIDED", "EXPRESS_MAIL"))
                .when().post("/api/cases").then().statusCode(409).body("code", equalTo("parcel-not-registered"));
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
    }

    @Test
    @TestSecurity(user = "clerk-post", roles = "window-clerk")
    void anItemNotOfferedByPostAndAPickupAreRefusedAndTheParcelWaits() {
        String parcelId = register(waybill());
        long cases = Sql.count("select count(*) from intake_case");
        given().contentType(ContentType.JSON).body(takeIn("AMR-0003", parcelId, "PROVIDED", "EXPRESS_MAIL"))
                .when().post("/api/cases").then().statusCode(400).body("code", equalTo("post-not-offered"));
        given().contentType(ContentType.JSON).body(takeIn("HPF-0002", parcelId, "PROVIDED", "PICKUP"))
                .when().post("/api/cases").then().statusCode(400).body("code", equalTo("postal-delivery-by-mail"));
        given().contentType(ContentType.JSON).body(takeIn("HPF-0002", UUID.randomUUID().toString(), "PROVIDED", "EXPRESS_MAIL"))
                .when().post("/api/cases").then().statusCode(422).body("code", equalTo("unknown-parcel"));
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
        given().when().get("/api/parcels/" + parcelId).then().body("status", equalTo("REGISTERED"));
    }

    @Test
    @TestSecurity(user = "clerk-post", roles = "window-clerk")
    void aParcelMissingAKeyMaterialIsReturnedWithTheOneTimeNotice() {
        String parcelId = register(waybill());
        String notice = given().contentType(ContentType.JSON).body(takeIn("HPF-0002", parcelId, "MISSING", "EXPRESS_MAIL"))
                .when().post("/api/cases").then().statusCode(200).body("outcome", equalTo("ONE_TIME_NOTICE"))
                .extract().path("noticeNumber");
        given().when().get("/api/parcels/" + parcelId).then().body("status", equalTo("RETURNED"))
                .body("noticeNumber", equalTo(notice)).body("returnReason", org.hamcrest.Matchers.containsString("购房合同"));
        given().when().get("/api/parcels?status=RETURNED").then().body("id", hasItem(parcelId));
        given().contentType(ContentType.JSON).body(takeIn("HPF-0002", parcelId, "PROVIDED", "EXPRESS_MAIL"))
                .when().post("/api/cases").then().statusCode(409).body("code", equalTo("parcel-not-registered"));

        // out of scope (不予受理): 窗口无否决权 — the parcel waits while the return is signed off, then goes back with the
        // written reasons and the notice the confirmation issued
        String other = register(waybill());
        var body = takeIn("HPF-0002", other, "PROVIDED", "EXPRESS_MAIL");
        body.put("outOfScopeReason", "非本中心受理范围，请向异地公积金中心申请");
        String signOffId = given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(202)
                .body("outcome", equalTo("PENDING_SIGN_OFF")).body("kind", equalTo("RETURN")).extract().path("signOffId");
        given().when().get("/api/parcels/" + other).then().body("status", equalTo("REGISTERED"));
        String returnNotice = cn.onewindow.intake.signoff.SignOffDesk.confirm(signOffId);
        given().when().get("/api/parcels/" + other).then().body("status", equalTo("RETURNED"))
                .body("noticeNumber", equalTo(returnNotice))
                .body("returnReason", equalTo("不予受理：非本中心受理范围，请向异地公积金中心申请"));
    }

    @Test
    @TestSecurity(user = "clerk-post", roles = "window-clerk")
    void theWindowClerkSeesTheSendersContactWhole() {
        String parcelId = register(waybill());
        given().when().get("/api/parcels/" + parcelId).then().statusCode(200)
                .body("senderPhone", equalTo("13912345678")).body("senderAddress", equalTo("福州市鼓楼区东街1号"));
        given().when().get("/api/parcels?status=REGISTERED").then().statusCode(200)
                .body("find { it.id == '" + parcelId + "' }.senderPhone", equalTo("139****5678"))
                .body("find { it.id == '" + parcelId + "' }.senderAddress", equalTo("福州市****"));
    }

    @Test
    @TestSecurity(user = "supervisor-post", roles = "supervisor")
    void aSupervisorSeesTheSendersContactMasked() {
        // signed for by a runner (a supervisor registers none): the row as the registration writes it
        String parcelId = UUID.randomUUID().toString();
        Sql.execute("insert into parcel (id, carrier, waybill_number, sender_name, sender_phone, sender_address, contents, "
                + "status, registered_at, registered_by) values ('" + parcelId + "', '顺丰速运', '" + waybill() + "', '王芳', "
                + "'13912345678', '湖北省武汉市江汉区解放大道1号', '[\"申请表\"]', 'REGISTERED', now(), 'runner-test')");
        given().when().get("/api/parcels/" + parcelId).then().statusCode(200)
                .body("senderPhone", equalTo("139****5678")).body("senderAddress", equalTo("湖北省武汉市****"));
    }

    @Test
    @TestSecurity(user = "clerk-post", roles = "window-clerk")
    void aTakeInFromAParcelAndAPreReviewAtOnceIsRefused() {
        String parcelId = register(waybill());
        long cases = Sql.count("select count(*) from intake_case");
        var body = takeIn("HPF-0002", parcelId, "PROVIDED", "EXPRESS_MAIL");
        body.put("preReviewId", UUID.randomUUID().toString());
        given().contentType(ContentType.JSON).body(body).when().post("/api/cases").then().statusCode(400)
                .body("code", equalTo("one-source-only"));
        assertThat(Sql.count("select count(*) from intake_case")).isEqualTo(cases);
        given().when().get("/api/parcels/" + parcelId).then().body("status", equalTo("REGISTERED"));
    }

    /** Every review point of the item in the seed the test database was loaded from, confirmed. */
    static List<Map<String, String>> confirmed(String item) {
        try (InputStream in = PostalApplicationTest.class.getClassLoader().getResourceAsStream("seed/demo-catalogue.json")) {
            List<Map<String, String>> out = new ArrayList<>();
            for (JsonNode i : JSON.readTree(in).get("items")) {
                if (item.equals(i.get("code").asText())) {
                    i.path("reviewPoints").forEach(p -> out.add(Map.of("itemCode", item, "point", p.asText(), "outcome", "CONFIRMED")));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
