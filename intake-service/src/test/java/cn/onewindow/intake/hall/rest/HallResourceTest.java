package cn.onewindow.intake.hall.rest;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;
import io.restassured.http.ContentType;

/** The halls' API (区域通办) on the real database: reading, the hall admin's own-hall changes, and the refusals. */
@QuarkusTest
class HallResourceTest {
    static long versions() {
        return Sql.count("select count(*) from hall_version");
    }

    static long published(String hall) {
        return Sql.count("select count(*) from outbox_event where event_type = '" + EventTypes.HALL_PUBLISHED
                + "' and aggregate_id = '" + hall + "'");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> current(String code) {
        return new HashMap<>((Map<String, Object>) given().when().get("/api/halls/" + code).then().statusCode(200)
                .extract().path("hall"));
    }

    static io.restassured.response.ValidatableResponse put(String code, Map<String, Object> hall) {
        return given().contentType(ContentType.JSON).body(hall).when().put("/api/halls/" + code).then();
    }

    @Test
    @TestSecurity(user = "clerk-jz", roles = "window-clerk")
    @OidcSecurity(claims = @Claim(key = "hall", value = "JZ"))
    void everyStaffPostReadsTheNetworkAndTheClerkHerOwnHall() {
        given().when().get("/api/halls").then().statusCode(200)
                .body("hall.code", hasItems("DX", "JZ"))
                .body("find { it.hall.code == 'JZ' }.hall.kind", equalTo("STATION"))
                .body("find { it.hall.code == 'JZ' }.hall.opens", org.hamcrest.Matchers.startsWith("08:30"))
                .body("find { it.hall.code == 'JZ' }.hall.receives", hasItems("AMR-0001", "AMR-0004", "AMR-0005", "TAX-0002"))
                .body("find { it.hall.code == 'DX' }.hall.extendedHours.day", hasItems("TUESDAY", "THURSDAY"));
        given().when().get("/api/halls/mine").then().statusCode(200).body("hall.code", equalTo("JZ"))
                .body("hall.name", equalTo("九州镇便民服务站"));
        given().when().get("/api/halls/QQ").then().statusCode(404);
        put("JZ", current("JZ")).statusCode(403); // a clerk changes no hall
    }

    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "admin-test"))
    void theHallAdminChangesHerOwnHallAsANewVersionPublishedOnceForEachChange() {
        var dx = current("DX");
        int version = given().when().get("/api/halls/DX").then().extract().path("version");
        long events = published("DX");
        // the same hall again: nothing changed, no version, no event
        put("DX", dx).statusCode(200).body("version", equalTo(version));
        assertThat(published("DX")).isEqualTo(events);

        var changed = new HashMap<>(dx);
        var days = new ArrayList<Object>((List<?>) dx.get("appointmentDays"));
        days.add("2031-01-04");
        changed.put("appointmentDays", days);
        put("DX", changed).statusCode(200).body("version", equalTo(version + 1))
                .body("hall.appointmentDays", hasItems("2031-01-04")).body("publishedBy", equalTo("admin-test"));
        assertThat(published("DX")).isEqualTo(events + 1);
        String payload = Sql.text("select payload from outbox_event where event_type = '" + EventTypes.HALL_PUBLISHED
                + "' and aggregate_id = 'DX' order by occurred_at desc limit 1");
        assertThat(payload).contains("2031-01-04", "\"version\":" + (version + 1));
        // and back as it was: one more version
        put("DX", dx).statusCode(200).body("version", equalTo(version + 2));
        assertThat(published("DX")).isEqualTo(events + 2);
    }

    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    void anotherHallsAdminABrokenHallOrAWrongRegionIsRefusedWithNothingWritten() {
        long before = versions();
        long events = Sql.count("select count(*) from outbox_event");
        put("JZ", current("JZ")).statusCode(403).body("code", equalTo("other-hall"));

        var broken = current("DX");
        broken.put("opens", "18:00");
        broken.put("receives", List.of("AMR-0005", "ZZ-0001"));
        put("DX", broken).statusCode(422).body("code", equalTo("hall-rules"))
                .body("errors.closes", containsString("闭厅时间须晚于开厅时间"))
                .body("errors.'receives.AMR-0005'", containsString("own item"))
                .body("errors.'receives.ZZ-0001'", containsString("ZZ-0001"));

        var region = current("DX");
        region.put("region", "13100");
        put("DX", region).statusCode(400);
        // the hall's name, region and kind are the network's, not its admin's
        var identity = current("DX");
        identity.put("name", "另一个中心");
        identity.put("region", "131003");
        identity.put("kind", "STATION");
        put("DX", identity).statusCode(422).body("code", equalTo("hall-rules"))
                .body("errors.name", containsString("大厅名称")).body("errors.region", containsString("region"))
                .body("errors.kind", containsString("kind"));
        put("JX", current("DX")).statusCode(400).body("code", equalTo("hall-code-mismatch"));
        assertThat(versions()).isEqualTo(before);
        assertThat(Sql.count("select count(*) from outbox_event")).isEqualTo(events);
    }

    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "admin-test"))
    @SuppressWarnings("unchecked")
    void aCatalogueItemNamesOnlyTheNetworksHallsAndRegions() {
        Map<String, Object> inForce = given().when().get("/api/catalogue/items/AMR-0004").then().statusCode(200)
                .extract().path("inForce");
        int versions = given().when().get("/api/catalogue/items/AMR-0004").then().extract().path("versions.size()");
        var def = new HashMap<>((Map<String, Object>) inForce.get("definition"));
        def.put("hallCode", "XX");
        given().contentType(ContentType.JSON).body(Map.of("item", def, "effectiveFrom", "2031-06-01T00:00:00Z"))
                .when().post("/api/catalogue/items").then().statusCode(422).body("code", equalTo("unknown-hall"));
        def.put("hallCode", "DX");
        def.put("crossRegion", List.of("131003", "999999"));
        given().contentType(ContentType.JSON).body(Map.of("item", def, "effectiveFrom", "2031-06-01T00:00:00Z"))
                .when().post("/api/catalogue/items").then().statusCode(422).body("code", equalTo("unknown-region"))
                .body("detailZh", containsString("999999"));
        given().when().get("/api/catalogue/items/AMR-0004").then().body("versions.size()", equalTo(versions));
    }

    @Test
    @TestSecurity(user = "admin-test", roles = "hall-admin")
    @OidcSecurity(claims = @Claim(key = "preferred_username", value = "admin-test"))
    void twoChangesOfOneHallAtOnceMakeTwoVersionsNotAServerError() throws Exception {
        var dx = current("DX");
        int version = given().when().get("/api/halls/DX").then().extract().path("version");
        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        try {
            var replies = new ArrayList<java.util.concurrent.Future<Integer>>();
            for (String day : List.of("2032-01-03", "2032-01-10")) {
                var changed = new HashMap<>(dx);
                var days = new ArrayList<Object>((List<?>) dx.get("appointmentDays"));
                days.add(day);
                changed.put("appointmentDays", days);
                replies.add(pool.submit(() -> put("DX", changed).extract().statusCode()));
            }
            for (var r : replies) {
                assertThat(r.get()).isEqualTo(200);
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(Sql.count("select count(*) from hall_version where code = 'DX' and version in (" + (version + 1) + ", "
                + (version + 2) + ")")).isEqualTo(2);
        put("DX", dx).statusCode(200); // back as it was, for the other tests
    }
}
