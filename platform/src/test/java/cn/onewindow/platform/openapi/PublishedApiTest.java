package cn.onewindow.platform.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.junit.jupiter.api.Test;

/** The published document as the gateway's callers see it: its paths, its server, who needs which token. */
class PublishedApiTest {

    static Operation secured(String... posts) {
        return OASFactory.createOperation().operationId("x")
                .addSecurityRequirement(OASFactory.createSecurityRequirement().addScheme("SecurityScheme", List.of(posts)));
    }

    static OpenAPI issuance() {
        return OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/issuance/{caseId}/arrival", OASFactory.createPathItem()
                        .POST(secured("issuance-clerk", "department-system")))
                .addPathItem("/api/public/certificates/verification", OASFactory.createPathItem()
                        .POST(OASFactory.createOperation().operationId("verify").responses(OASFactory.createAPIResponses()
                                .addAPIResponse("200", OASFactory.createAPIResponse().description("OK"))))));
    }

    @Test
    void aServicesPathsAreTheGatewaysUnderItsServerAndItsPublicOperationsNeedNoToken() {
        OpenAPI api = issuance();
        new PublishedApi("issuance-service").filterOpenAPI(api);

        assertThat(api.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("/api/issuance"));
        assertThat(api.getPaths().getPathItems()).containsOnlyKeys("/issuance/{caseId}/arrival", "/public/certificates/verification");
        assertThat(api.getComponents().getSecuritySchemes()).containsOnlyKeys(PublishedApi.BEARER, PublishedApi.DEPARTMENT_SYSTEM);
        assertThat(api.getSecurity()).hasSize(2);

        Operation arrival = api.getPaths().getPathItem("/issuance/{caseId}/arrival").getPOST();
        assertThat(arrival.getSecurity()).as("inherits the document's requirement").isNull();
        assertThat(arrival.getExtensions()).containsEntry(PublishedApi.POSTS, List.of("department-system", "issuance-clerk"));

        Operation verify = api.getPaths().getPathItem("/public/certificates/verification").getPOST();
        assertThat(verify.getSecurity()).as("explicitly public").isNotNull().isEmpty();
        assertThat(verify.getExtensions()).isNull();
        assertThat(verify.getResponses().getAPIResponse("429").getHeaders()).containsKey("Retry-After");
    }

    @Test
    void theGatewayKeepsItsOwnPathsAtItsRootAndAsksForALogin() {
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/api/display/calls", OASFactory.createPathItem().GET(OASFactory.createOperation()))
                .addPathItem("/api/me", OASFactory.createPathItem().GET(OASFactory.createOperation()
                        .responses(OASFactory.createAPIResponses().addAPIResponse("200", OASFactory.createAPIResponse()))))
                .addPathItem("/api/{service}/{path}", OASFactory.createPathItem().GET(OASFactory.createOperation())));
        new PublishedApi("gateway").filterOpenAPI(api);

        assertThat(api.getServers()).singleElement().satisfies(s -> assertThat(s.getUrl()).isEqualTo("/"));
        assertThat(api.getPaths().getPathItems()).as("the proxy's operations are the services' documents")
                .containsOnlyKeys("/api/display/calls", "/api/me");
        assertThat(api.getPaths().getPathItem("/api/display/calls").getGET().getSecurity()).isEmpty();
        Operation me = api.getPaths().getPathItem("/api/me").getGET();
        assertThat(me.getSecurity()).isNull();
        assertThat(me.getResponses().getAPIResponse("401").getContent().getMediaType("application/problem+json")).isNotNull();
    }

    @Test
    void aPathTheGatewayDoesNotForwardStopsTheBuild() {
        OpenAPI api = OASFactory.createOpenAPI().paths(OASFactory.createPaths()
                .addPathItem("/internal/x", OASFactory.createPathItem().GET(OASFactory.createOperation())));
        assertThatThrownBy(() -> new PublishedApi("routing-service").filterOpenAPI(api))
                .hasMessageContaining("/internal/x");
    }

    @Test
    void onlyTheSuitesApplicationsAreBehindTheGateway() {
        assertThat(PublishedApi.gatewayBase("evaluation-service")).isEqualTo("/api/evaluation");
        assertThat(PublishedApi.gatewayBase("gateway")).isEmpty();
        assertThatThrownBy(() -> PublishedApi.gatewayBase("bench")).isInstanceOf(IllegalStateException.class);
    }
}
