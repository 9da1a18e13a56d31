package cn.onewindow.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The proxy forwards only clean paths under the service's own /api/ (security issue #20, item 4): the
 * traversals reported, without login, to the issuance service's /q/metrics, /q/health and /q/openapi are
 * refused at once with a 400 problem and never reach the service; a space in a path is such a refusal too,
 * not a 30 s wait or a 502; and made-up paths add no series to the gateway's metrics.
 */
@QuarkusTest
@QuarkusTestResource(StubIssuanceService.class)
class ProxyPathTest {
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Ways out of the issuance service's /api/ (as sent: the JDK's client neither decodes nor normalises them). */
    static final List<String> WAYS_OUT = List.of(
            "/api/issuance/public/x%2F..%2F..%2F..%2Fq%2Fmetrics",
            "/api/issuance/public/x%2f..%2f..%2f..%2fq%2fhealth",
            "/api/issuance/public/%2e%2e/%2e%2e/%2e%2e/q/openapi",
            "/api/issuance/public/x/../../../q/metrics",
            "/api/issuance/public/x/..;/..;/..;/q/metrics",
            "/api/issuance/public/..%5C..%5C..%5Cq%5Cmetrics",
            "/api/issuance/public/certificates/a%00b",
            "/api/issuance/public/certificates/a%20b/verification",
            "/api/issuance/public/certificates/a%09b",
            "/api/issuance/public/certificates/a%E3%80%80b");

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aWayOutOfTheServicesApiIsRefusedAtOnceWithAProblem() throws Exception {
        for (String path : WAYS_OUT) {
            for (String method : List.of("GET", "POST")) {
                long started = System.nanoTime();
                HttpResponse<String> r = send(method, path);
                Duration took = Duration.ofNanos(System.nanoTime() - started);
                String what = method + " " + path + " → " + r.statusCode() + " " + r.body();
                assertThat(r.statusCode()).as(what).isEqualTo(400);
                assertThat(r.headers().firstValue("Content-Type")).as(what).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
                JsonNode problem = JSON.readTree(r.body());
                assertThat(problem.path("code").asText()).as(what).isEqualTo("malformed-path");
                assertThat(problem.path("detail").asText()).as(what).isNotBlank();
                assertThat(problem.path("detailZh").asText()).as(what).isNotBlank();
                assertThat(r.body()).as("the service was never called: " + what).doesNotContain(StubIssuanceService.MARK);
                assertThat(took).as("answered at once: " + what).isLessThan(Duration.ofSeconds(5));
            }
        }
    }

    @Test
    void aCleanPathReachesTheServiceUnderItsApiEncodedOneWay() throws Exception {
        HttpResponse<String> r = send("GET", "/api/issuance/public/certificates/%E8%AF%81%41-1?x=%2F1&y=a+b&z=%E5%BC%A0");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        JsonNode seen = JSON.readTree(r.body());
        assertThat(seen.path("mark").asText()).isEqualTo(StubIssuanceService.MARK);
        assertThat(seen.path("path").asText()).isEqualTo("/api/public/certificates/%E8%AF%81A-1");
        assertThat(seen.path("query").asText()).isEqualTo("x=%2F1&y=a+b&z=%E5%BC%A0");

        HttpResponse<String> posted = send("POST", "/api/issuance/public/certificates/verification");
        assertThat(posted.statusCode()).as(posted.body()).isEqualTo(200);
        assertThat(JSON.readTree(posted.body()).path("path").asText()).isEqualTo("/api/public/certificates/verification");
    }

    @Test
    void madeUpPathsAddNoMetricSeries() throws Exception {
        String madeUp = "madeup" + UUID.randomUUID().toString().replace("-", "");
        send("GET", "/api/issuance/public/" + madeUp);               // forwarded: the service answers
        send("GET", "/api/issuance/public/" + madeUp + "%2F..%2Fq");  // refused: 400
        send("POST", "/api/intake/cases/" + madeUp);                  // no login: refused or sent to log in
        send("GET", "/api/" + madeUp);                                // no such endpoint
        send("GET", "/" + madeUp + ".html");                          // no such page
        String metrics = given().accept("text/plain").when().get("/q/metrics").then().statusCode(200).extract().asString();
        assertThat(metrics).doesNotContain(madeUp).contains("uri=\"/api/issuance/{path}\"");
    }

    private HttpResponse<String> send(String method, String rawPathAndQuery) throws Exception {
        // the path as written: URI.create keeps escapes and dot segments as they are
        URI uri = URI.create("http://" + gateway.getHost() + ":" + gateway.getPort() + rawPathAndQuery);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(40)).header("Accept", "application/json");
        if (method.equals("POST")) {
            b.header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString("{\"certificateId\":\"x\"}"));
        } else {
            b.GET();
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }
}
