package cn.onewindow.gateway;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * A bearer string that is no JWT is refused by the gateway itself with a 401 problem (security issue #20,
 * item 8): it used to cost an introspection call to Keycloak, which anyone could make the gateway place —
 * on the public paths too, where no login is needed.
 */
@QuarkusTest
class MalformedTokenTest {
    @Test
    void aBearerThatIsNoJwtIsRefusedByTheGatewayItself() {
        for (String path : List.of("/api/intake/cases/mine", "/api/timeline/T-1", "/api/display/calls", "/display.html")) {
            for (String bearer : List.of("Bearer not-a-token", "Bearer a.b", "Bearer ", "bearer x.y.z.w")) {
                given().header("Authorization", bearer).when().get(path).then()
                        .statusCode(401)
                        .contentType("application/problem+json")
                        .header("WWW-Authenticate", containsString("invalid_token"))
                        .body("code", equalTo("malformed-token"))
                        .body("detail", notNullValue())
                        .body("detailZh", notNullValue());
            }
        }
    }
}
