package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A browser's way in: the gateway sends an anonymous visitor to Keycloak's login page
 * (authorization code flow), takes them back with a session, serves the web app, and its API calls
 * then carry the user's post. Without a session or token, the API answers 401 problem JSON.
 */
class GatewayLoginIT {
    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void aSupervisorLogsInThroughKeycloakAndSeesTheWebApp() throws Exception {
        HttpClient browser = HttpClient.newBuilder().cookieHandler(new LoopbackCookieJar())
                .followRedirects(HttpClient.Redirect.ALWAYS).build();
        var login = browser.send(HttpRequest.newBuilder(URI.create(Suite.gateway() + "/")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(login.uri().toString()).contains("/realms/onewindow/protocol/openid-connect/auth");
        Matcher form = Pattern.compile("action=\"([^\"]+)\"").matcher(login.body());
        assertThat(form.find()).as("Keycloak's login form").isTrue();
        String action = form.group(1).replace("&amp;", "&");
        var app = browser.send(HttpRequest.newBuilder(URI.create(action))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("username=supervisor1&password="
                        + URLEncoder.encode("onewindow", StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(app.statusCode()).isEqualTo(200);
        assertThat(app.uri().toString()).startsWith(Suite.gateway());
        // the staff web app's page, and the script bundle it loads
        assertThat(app.body()).contains("一窗受理 · 集成审批").contains("<div id=\"app\">");
        Matcher script = Pattern.compile("src=\"(/assets/[^\"]+\\.js)\"").matcher(app.body());
        assertThat(script.find()).as("the page loads the app's bundle").isTrue();
        var bundle = browser.send(HttpRequest.newBuilder(URI.create(Suite.gateway() + script.group(1))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(bundle.statusCode()).isEqualTo(200);
        assertThat(bundle.body()).contains("/api/me");

        var me = browser.send(HttpRequest.newBuilder(URI.create(Suite.gateway() + "/api/me")).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode who = Http.JSON.readTree(me.body());
        assertThat(who.get("post").asText()).isEqualTo("supervisor");
        assertThat(who.get("name").asText()).isEqualTo("郑涛");
        var catalogue = browser.send(HttpRequest.newBuilder(URI.create(Suite.gateway() + "/api/intake/catalogue/items")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(catalogue.statusCode()).as("the proxy passes the session's token on").isEqualTo(200);
        assertThat(Http.JSON.readTree(catalogue.body()).size()).isGreaterThanOrEqualTo(40);
    }

    @Test
    void anApiCallWithoutCredentialsGetsAProblemNotALoginPage() {
        var r = Http.get(Suite.gateway() + "/api/timeline/DX-20261123-000001", null);
        assertThat(r.status()).isEqualTo(401);
        assertThat(r.json().get("code").asText()).isEqualTo("unauthenticated");
    }
}
