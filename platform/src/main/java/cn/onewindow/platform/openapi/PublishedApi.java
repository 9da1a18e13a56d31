package cn.onewindow.platform.openapi;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.Paths;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;

import cn.onewindow.platform.problem.Problem;
import cn.onewindow.platform.security.PublicPaths;
import io.quarkus.smallrye.openapi.OpenApiFilter;

/**
 * A service's published API document ({@code docs/openapi/<service>.yaml}, stored by the build; the gateway
 * serves the stored documents with Swagger UI at {@code /api-docs/}): its operations as a department's system
 * reaches them, through the gateway, whose {@code /api/<short>/<path>} is the service's {@code /api/<path>}
 * (the gateway's ProxyResource); a token from the hall's Keycloak on every operation but the public ones
 * ({@link PublicPaths}), which say they need none ({@code security: []}); and the posts allowed to call each
 * operation, from its {@code @RolesAllowed}, in {@code x-onewindow-posts}; every error answer a problem document.
 * <p>
 * A document of its own (named {@value #DOCUMENT}) rather than the service's default one: {@code /q/openapi}
 * keeps describing the service as it answers on its own port, which the authorisation matrix is checked against
 * (system-tests' ApiOperations). Runs once, at build time; nothing in it depends on the machine that builds it, so
 * the stored documents are the same wherever they are built ({@code deploy/local/test.sh} checks they are current).
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.BUILD, documentNames = PublishedApi.DOCUMENT)
public class PublishedApi implements OASFilter {
    public static final String DOCUMENT = "published";
    public static final String BEARER = "bearer";
    public static final String DEPARTMENT_SYSTEM = "departmentSystem";
    public static final String POSTS = "x-onewindow-posts";
    public static final String PROBLEM = "Problem";
    /**
     * The gateway's proxy (its ProxyResource): not in the gateway's document, since every operation it forwards to is
     * in its service's document, under that service's server.
     */
    static final String GATEWAY_PROXY = "/api/{service}/{path}";
    /** The Keycloak of the Kubernetes manifests (deploy/k8s); each hall puts its own host there. */
    static final String TOKEN_URL = "https://auth.onewindow.example/realms/onewindow/protocol/openid-connect/token";

    private final String application;

    /** As SmallRye creates it at build time: the service is the application being built. */
    public PublishedApi() {
        this(ConfigProvider.getConfig().getValue("quarkus.application.name", String.class));
    }

    public PublishedApi(String application) {
        this.application = application;
    }

    /** Where the gateway forwards to this application: {@code /api/approval} for approval-service; the gateway itself at its root. */
    static String gatewayBase(String application) {
        if (application.equals("gateway")) {
            return "";
        }
        if (application.endsWith("-service")) {
            return "/api/" + application.substring(0, application.length() - "-service".length());
        }
        throw new IllegalStateException("not a service of the suite, so not behind the gateway: " + application);
    }

    @Override
    public void filterOpenAPI(OpenAPI api) {
        String base = gatewayBase(application);
        api.setServers(List.of(OASFactory.createServer()
                .url(base.isEmpty() ? "/" : base)
                .description("The gateway, e.g. https://hall.onewindow.example" + base + " (local run: http://127.0.0.1:8080"
                        + base + ")")));
        if (api.getInfo() != null && api.getInfo().getDescription() == null) {
            api.getInfo().setDescription("Called through the gateway with a token of the hall's Keycloak. For a department's "
                    + "system: docs/departments.md (the token, the feed and its cursor, acting on a case, problem codes, "
                    + "retries).");
        }
        if (api.getComponents() == null) {
            api.setComponents(OASFactory.createComponents());
        }
        // in this order, always: Map.of would iterate in an order that changes from one JVM to the next, and so the file
        Map<String, SecurityScheme> schemes = new LinkedHashMap<>();
        schemes.put(BEARER, bearer());
        schemes.put(DEPARTMENT_SYSTEM, departmentSystem());
        api.getComponents().setSecuritySchemes(schemes);
        api.getComponents().addSchema(PROBLEM, ProblemSchema.schema());
        api.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(BEARER),
                OASFactory.createSecurityRequirement().addScheme(DEPARTMENT_SYSTEM)));
        if (api.getPaths() == null) {
            return;
        }
        Paths published = OASFactory.createPaths();
        api.getPaths().getPathItems().forEach((path, item) -> {
            if (base.isEmpty() && path.equals(GATEWAY_PROXY)) {
                return;
            }
            item.getOperations().forEach((method, operation) -> {
                secure(method, path, operation);
                problems(operation);
            });
            published.addPathItem(behindGateway(base, path), item);
        });
        published.setExtensions(api.getPaths().getExtensions());
        api.setPaths(published);
    }

    /** The service's {@code /api/x} is the gateway's {@code <base>/x}; nothing else of a service is reachable through it. */
    static String behindGateway(String base, String path) {
        if (base.isEmpty()) {
            return path;
        }
        if (!path.startsWith("/api/")) {
            throw new IllegalStateException(path + " is not under /api/: the gateway forwards nothing else, so it cannot be published");
        }
        return path.substring("/api".length());
    }

    /**
     * A public operation needs no token: said explicitly, since the document asks for one everywhere else; it may
     * answer 429 (PublicRateLimit). Any other inherits the document's requirement; the posts Quarkus read from
     * {@code @RolesAllowed} (as the requirement's scopes) stay as an extension, since they are no OAuth scopes a
     * client could ask for.
     */
    static void secure(PathItem.HttpMethod method, String path, Operation operation) {
        TreeSet<String> posts = new TreeSet<>();
        if (operation.getSecurity() != null) {
            for (SecurityRequirement requirement : operation.getSecurity()) {
                requirement.getSchemes().values().forEach(scopes -> posts.addAll(scopes == null ? List.of() : scopes));
            }
        }
        if (PublicPaths.throttled(method.name(), path)) {
            operation.setSecurity(new ArrayList<>());
            if (operation.getResponses() != null) {
                operation.getResponses().addAPIResponse("429", OASFactory.createAPIResponse()
                        .description("Too many calls from this address: public paths are throttled per caller; "
                                + "call again after the Retry-After seconds")
                        .addHeader("Retry-After", OASFactory.createHeader().description("Seconds to wait")
                                .schema(OASFactory.createSchema().type(List.of(Schema.SchemaType.INTEGER)))));
            }
        } else {
            operation.setSecurity(null);
            // a call without a valid token is answered 401 before the operation is reached (also where the gateway's
            // own configuration, not an annotation, asks for a login)
            if (operation.getResponses() != null && !operation.getResponses().hasAPIResponse("401")) {
                operation.getResponses().addAPIResponse("401", OASFactory.createAPIResponse().description("Not Authorized"));
            }
            if (!posts.isEmpty()) {
                operation.addExtension(POSTS, new ArrayList<>(posts));
            }
        }
    }

    /** Every refusal and failure is a problem document (ProblemMappers): said on each error answer the operation lists. */
    static void problems(Operation operation) {
        if (operation.getResponses() == null) {
            return;
        }
        operation.getResponses().getAPIResponses().forEach((status, response) -> {
            if ((status.startsWith("4") || status.startsWith("5")) && response.getContent() == null) {
                response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                        OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
            }
        });
    }

    static SecurityScheme bearer() {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer").bearerFormat("JWT")
                .description("An access token of the hall's Keycloak (realm onewindow) in `Authorization: Bearer <token>`. "
                        + "A department's system gets one with the client-credentials grant (" + DEPARTMENT_SYSTEM + "; "
                        + "docs/departments.md); staff in the browser are carried by their login session at the gateway instead.");
    }

    static SecurityScheme departmentSystem() {
        return OASFactory.createSecurityScheme().type(SecurityScheme.Type.OAUTH2)
                .description("A department's own system: the client-credentials grant of its Keycloak client "
                        + "(dept-<department>-system, post department-system, limited to its department). The token URL is the "
                        + "hall's Keycloak; shown is the Kubernetes example's, the local run's is "
                        + "http://127.0.0.1:18180/realms/onewindow/protocol/openid-connect/token.")
                .flows(OASFactory.createOAuthFlows().clientCredentials(
                        OASFactory.createOAuthFlow().tokenUrl(TOKEN_URL).scopes(Map.of())));
    }
}
