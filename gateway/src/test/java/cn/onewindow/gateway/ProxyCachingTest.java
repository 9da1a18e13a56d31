package cn.onewindow.gateway;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A service's Cache-Control and ETag reach the caller through the proxy (#25), and a caller's If-None-Match reaches the
 * service: the e-certificates' public key set, fetched without login at the hall's public address, stays cacheable and
 * revalidates as the issuance service says (the stub answers 304 only when it received its own tag); an answer the
 * service gave neither gets neither from the gateway.
 */
@QuarkusTest
@QuarkusTestResource(StubIssuanceService.class)
class ProxyCachingTest {
    static final String TAG = StubIssuanceService.KEY_SET_TAG;

    @Test
    void theCertificatesKeySetKeepsTheServicesCacheControlAndETag() {
        given().when().get("/api/issuance/public/certificates/jwks.json").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("ETag", equalTo(TAG))
                .body("mark", equalTo(StubIssuanceService.MARK))
                .body("path", equalTo("/api/public/certificates/jwks.json"));
        given().when().get("/api/issuance/public/certificates/keys").then().statusCode(200)
                .header("Cache-Control", nullValue())
                .header("ETag", nullValue())
                .body("path", equalTo("/api/public/certificates/keys"));
    }

    @Test
    void aRevalidationOfTheKeySetReachesTheServiceAndIts304TheCaller() {
        for (String path : new String[] {"/api/issuance/public/certificates/jwks.json", "/.well-known/jwks.json"}) {
            byte[] body = given().header("If-None-Match", TAG).when().get(path).then().statusCode(304)
                    .header("ETag", equalTo(TAG)).header("Cache-Control", equalTo("public, max-age=60"))
                    .extract().asByteArray();
            assertThat(body).as(path).isEmpty();
            given().header("If-None-Match", "\"another\"").when().get(path).then().statusCode(200)
                    .header("ETag", equalTo(TAG)).body("mark", equalTo(StubIssuanceService.MARK));
        }
    }

    @Test
    void theWellKnownKeySetIsTheIssuanceServicesWithoutLogin() {
        given().when().get("/.well-known/jwks.json").then().statusCode(200)
                .header("Cache-Control", equalTo("public, max-age=60"))
                .header("ETag", equalTo(TAG))
                .body("mark", equalTo(StubIssuanceService.MARK))
                .body("path", equalTo("/api/public/certificates/jwks.json"));
    }
}
