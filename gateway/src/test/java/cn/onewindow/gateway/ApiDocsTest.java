package cn.onewindow.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/**
 * The published API in Swagger UI at {@code /api-docs/} (docs/departments.md): only for someone logged in, every
 * service's stored document beside it, and a page that runs under the web app's policy (no inline script).
 */
@QuarkusTest
class ApiDocsTest {
    static final List<String> DOCUMENTS = List.of("intake-service", "routing-service", "approval-service",
            "issuance-service", "evaluation-service", "gateway");

    /** A browser without a session is sent to the login page: neither the page nor a document, nor Swagger UI's files. */
    @ParameterizedTest
    @ValueSource(strings = { "/api-docs/", "/api-docs/index.html", "/api-docs/swagger-init.js",
            "/api-docs/approval-service.yaml", "/openapi-ui/swagger-ui-bundle.js", "/openapi-ui/index.html" })
    void withoutALoginTheBrowserIsSentToLogIn(String path) {
        given().redirects().follow(false).when().get(path).then().statusCode(302)
                .header("Location", containsString("/realms/onewindow/protocol/openid-connect/auth"))
                .body(not(containsString("openapi:")), not(containsString("SwaggerUIBundle")));
    }

    @Test
    void aProgramWithAMadeUpTokenGetsNothingEither() {
        given().header("Authorization", "Bearer eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0.c2ln").redirects().follow(false)
                .when().get("/api-docs/approval-service.yaml").then().statusCode(401)
                .body(not(containsString("openapi:")));
    }

    @Test
    @TestSecurity(user = "reviewer-test", roles = "department-reviewer")
    void staffGetSwaggerUiWithEveryPublishedDocument() {
        var answer = given().when().get("/api-docs/").then().statusCode(200).extract();
        assertThat(answer.header("Content-Security-Policy").split(";\\s*")).contains("script-src 'self'");
        String page = answer.asString();
        // the policy allows no inline script: every script of the page is a file
        Matcher script = Pattern.compile("<script([^>]*)>").matcher(page);
        int scripts = 0;
        while (script.find()) {
            scripts++;
            assertThat(script.group(1)).as("script tag %s", script.group()).contains("src=");
        }
        assertThat(scripts).isEqualTo(3);
        given().when().get("/openapi-ui/swagger-ui-bundle.js").then().statusCode(200);
        given().when().get("/openapi-ui/swagger-ui.css").then().statusCode(200);

        String init = given().when().get("/api-docs/swagger-init.js").then().statusCode(200).extract().asString();
        for (String document : DOCUMENTS) {
            assertThat(init).contains("'/api-docs/" + document + ".yaml'");
            String yaml = given().when().get("/api-docs/" + document + ".yaml").then().statusCode(200)
                    .header("Cache-Control", "no-cache").extract().asString();
            assertThat(yaml).contains("openapi: 3.1.0", "title: OneWindow " + document,
                    document.equals("gateway") ? "- url: /\n" : "- url: /api/" + document.replace("-service", "") + "\n");
        }
    }
}
