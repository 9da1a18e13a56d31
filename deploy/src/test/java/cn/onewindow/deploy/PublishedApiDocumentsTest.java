package cn.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.yaml.snakeyaml.Yaml;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The published API documents (docs/openapi, stored by the services' builds; deploy/local/test.sh checks they are the
 * ones committed and lints them) against the hall's policy, docs/authorisation-matrix.yaml — which
 * AuthorisationMatrixIT checks against the running services: each document has exactly the service's operations,
 * under the gateway's path for the service, every one with its own operation id; the public ones need no token and
 * every other one does, with the posts the matrix names.
 */
class PublishedApiDocumentsTest {
    static final Path ROOT = Manifests.DEPLOY.getParent();

    /**
     * Read with SnakeYAML: Jackson's YAML parser fails on a plain scalar such as the {@code 13:45:30.123456789} SmallRye
     * writes as a LocalTime example (a base-60 number in YAML 1.1; text in YAML 1.2, as redocly reads it), where
     * SnakeYAML takes a number and goes on. Only examples are written so; nothing this test reads.
     */
    static JsonNode document(String service) throws IOException {
        try (Reader in = Files.newBufferedReader(ROOT.resolve("docs/openapi/" + service + ".yaml"))) {
            return new ObjectMapper().valueToTree(new Yaml().load(in));
        }
    }

    /** Every operation of a published document, keyed as the matrix keys it: the method and the service's own path. */
    static Map<String, JsonNode> operations(String service, JsonNode api) {
        String base = api.path("servers").path(0).path("url").asText();
        Map<String, JsonNode> out = new TreeMap<>();
        api.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
            String path = service.equals("gateway") ? p.getKey() : "/api" + p.getKey();
            out.put(m.getKey().toUpperCase() + " " + path, m.getValue());
        }));
        assertThat(base).isEqualTo(service.equals("gateway") ? "/" : "/api/" + service.replace("-service", ""));
        return out;
    }

    @ParameterizedTest
    @ValueSource(strings = { "intake-service", "routing-service", "approval-service", "issuance-service",
            "evaluation-service", "gateway" })
    void theDocumentHasTheMatrixsOperationsUnderTheGatewayEachWithItsIdAndItsTokens(String service) throws IOException {
        JsonNode api = document(service);
        JsonNode policy = Manifests.YAML.readTree(ROOT.resolve("docs/authorisation-matrix.yaml").toFile()).path(service);
        Map<String, JsonNode> operations = operations(service, api);

        Map<String, JsonNode> expected = new TreeMap<>();
        policy.fields().forEachRemaining(e -> {
            // the gateway's proxy is no operation of its own document: what it forwards is in the services' documents
            if (!e.getValue().asText().equals("proxy")) {
                expected.put(e.getKey(), e.getValue());
            }
        });
        assertThat(operations.keySet()).isEqualTo(expected.keySet());

        assertThat(api.path("components").path("securitySchemes").path("bearer").path("scheme").asText()).isEqualTo("bearer");
        assertThat(api.path("components").path("securitySchemes").path("departmentSystem").path("flows")
                .path("clientCredentials").path("tokenUrl").asText()).endsWith("/realms/onewindow/protocol/openid-connect/token");
        assertThat(api.path("security")).as("a token everywhere, unless an operation says otherwise").hasSize(2);

        Set<String> ids = new HashSet<>();
        List<String> wrong = new ArrayList<>();
        operations.forEach((key, op) -> {
            String id = op.path("operationId").asText();
            if (id.isEmpty() || !ids.add(id)) {
                wrong.add(key + ": operation id '" + id + "' missing or used twice");
            }
            JsonNode rule = expected.get(key);
            boolean publicOne = rule.isTextual() && rule.asText().equals("public");
            JsonNode security = op.get("security");
            if (publicOne != (security != null && security.isArray() && security.isEmpty())) {
                wrong.add(key + ": the matrix says " + rule + " but its security is " + security);
            }
            if (!publicOne && security != null) {
                wrong.add(key + ": asks for its own security " + security + " instead of the document's");
            }
            List<String> posts = new ArrayList<>();
            op.path("x-onewindow-posts").forEach(p -> posts.add(p.asText()));
            List<String> allowed = new ArrayList<>();
            if (rule.isArray()) {
                rule.forEach(p -> allowed.add(p.asText()));
            }
            if (!new HashSet<>(posts).equals(new HashSet<>(allowed))) {
                wrong.add(key + ": publishes the posts " + posts + " but the matrix allows " + allowed);
            }
        });
        assertThat(wrong).isEmpty();
    }
}
