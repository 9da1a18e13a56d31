package cn.onewindow.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;

import java.net.URI;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * What every answer of the gateway carries (security issue #20, item 12): the security headers, on the web
 * app's pages and on the API's answers; pages revalidated rather than kept a day as immutable; and a problem
 * document for every error, also for those the HTTP layer answers itself (they had an empty or HTML body).
 */
@QuarkusTest
class HttpAnswersTest {
    static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URI gateway;

    @Test
    void aPageCarriesThePolicyOfTheWebAppAndIsRevalidated() {
        given().when().get("/display.html").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'self'"), containsString("script-src 'self'"),
                        containsString("style-src 'self' 'unsafe-inline'"), containsString("frame-ancestors 'none'"),
                        not(containsString("unsafe-eval"))))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer")
                .header("X-Frame-Options", "DENY")
                .header("Cache-Control", allOf(containsString("no-cache"), not(containsString("immutable"))));
    }

    @Test
    void anApiAnswerCarriesTheHeadersToo() {
        given().when().get("/api/display/calls").then().statusCode(200)
                .header("Content-Security-Policy", allOf(containsString("default-src 'none'"), containsString("frame-ancestors 'none'")))
                .header("X-Content-Type-Options", "nosniff")
                .header("Referrer-Policy", "no-referrer");
    }

    @Test
    @TestSecurity(user = "supervisor-test", roles = "supervisor")
    void aPathNothingAnswersIsAProblem() {
        given().when().get("/no-such-page-" + UUID.randomUUID() + ".txt").then().statusCode(404)
                .contentType("application/problem+json")
                .header("X-Content-Type-Options", "nosniff")
                .body("code", equalTo("not-found")).body("detailZh", notNullValue());
    }

    /** Brackets in a path, percent-encoded (as curl sends them): an empty 400 before, now a problem. */
    @Test
    void aPathWithBracketsIsAProblem() throws Exception {
        RawHttp.Answer a = RawHttp.exchange(gateway, "GET", "/api/display/%5B%5D");
        assertThat(a.status()).as(a.toString()).isEqualTo(404);
        assertThat(a.body()).as(a.toString()).contains("\"detailZh\"");
    }

    /**
     * Raw brackets in a path, raw quotes and braces anywhere, an absolute-form target: Quarkus' own check answered
     * an empty 400 before any handler ran (or let the absolute form through); now the path guard refuses them
     * with a problem.
     */
    @ParameterizedTest
    @ValueSource(strings = { "/api/display/[]", "/api/intake/cases/%5B/[x]", "/api/display/\"x\"", "/api/display/{x}",
            "/api/display/calls?q={x}", "/api/display/calls?q=\"x\"", "http://example.com/api/display/calls" })
    void rawBracketsQuotesAndBracesAreAProblem(String target) throws Exception {
        RawHttp.Answer a = RawHttp.exchange(gateway, "GET", target);
        assertThat(a.status()).as(a.toString()).isEqualTo(400);
        assertProblem(a, "malformed-path");
    }

    /** Brackets left raw in a query (axios' arrays, browsers) pass as they did, encoded again on the way on. */
    @Test
    void rawBracketsInAQueryPass() throws Exception {
        RawHttp.Answer a = RawHttp.exchange(gateway, "GET", "/api/display/calls?ids[]=1");
        assertThat(a.status()).as(a.toString()).isNotEqualTo(400);
    }

    /** A body too large: an empty 413 before (Quarkus' own limit); refused before a byte of it is read. */
    @Test
    void aBodyTooLargeIsAProblem() throws Exception {
        RawHttp.Answer a = RawHttp.exchange(gateway, "POST", "/api/intake/cases",
                "Content-Type: application/json", "Content-Length: " + 100L * 1024 * 1024);
        assertThat(a.status()).as(a.toString()).isEqualTo(413);
        assertProblem(a, "payload-too-large");
    }

    /** A quote in a case id reaches the timeline, which answers that there is no such case. */
    @Test
    @TestSecurity(user = "supervisor-test", roles = "supervisor")
    void anEncodedQuoteInAPathIsAnsweredWithAProblem() throws Exception {
        RawHttp.Answer a = RawHttp.exchange(gateway, "GET", "/api/timeline/x%22y");
        assertThat(a.status()).as(a.toString()).isEqualTo(404);
        assertProblem(a, "not-found");
    }

    private static void assertProblem(RawHttp.Answer a, String code) throws Exception {
        assertThat(a.header("Content-Type")).as(a.toString()).startsWith("application/problem+json");
        assertThat(a.header("X-Content-Type-Options")).isEqualTo("nosniff");
        JsonNode problem = JSON.readTree(a.body());
        assertThat(problem.path("code").asText()).isEqualTo(code);
        assertThat(problem.path("status").asInt()).isEqualTo(a.status());
        assertThat(problem.path("detail").asText()).isNotBlank();
        assertThat(problem.path("detailZh").asText()).isNotBlank();
    }
}
