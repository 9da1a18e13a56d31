package cn.onewindow.deploy;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.DisallowUnknownKeywordFactory;
import com.networknt.schema.JsonMetaSchema;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.NonValidationKeyword;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import io.fabric8.kubernetes.api.model.ObjectMeta;

/**
 * The custom resources' schemas: each CRD's published {@code openAPIV3Schema}, vendored under
 * {@code src/test/resources/k8s-schemas/<group>/<version>/<Kind>.json} (sources and releases in the README there),
 * checked as {@code kubectl apply} checks them with its default strict field validation — every constraint of the
 * schema, and a field the schema does not list is an error (except where the schema keeps unknown fields, like
 * Kafka's {@code config}). The Kubernetes extensions the API server evaluates itself (CEL rules, list and map types)
 * are read but not checked; a keyword this list does not know fails loudly, so a newer schema cannot hide a rule.
 */
final class CrdSchemas {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> KUBERNETES_EXTENSIONS = List.of("x-kubernetes-preserve-unknown-fields",
            "x-kubernetes-int-or-string", "x-kubernetes-embedded-resource", "x-kubernetes-list-type",
            "x-kubernetes-list-map-keys", "x-kubernetes-map-type", "x-kubernetes-validations", "nullable", "example");
    /** OpenAPI's schema object is JSON Schema draft 4's, with the extensions above. */
    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4, b -> b
            .metaSchema(JsonMetaSchema.builder(JsonMetaSchema.getV4().getIri(), JsonMetaSchema.getV4())
                    .keywords(KUBERNETES_EXTENSIONS.stream().map(NonValidationKeyword::new).toList())
                    .unknownKeywordFactory(DisallowUnknownKeywordFactory.getInstance())
                    .build()));
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder().locale(Locale.ENGLISH)
            .pathType(PathType.JSON_PATH).build();
    private static final Map<String, Optional<JsonSchema>> SCHEMAS = new ConcurrentHashMap<>();

    private CrdSchemas() {
    }

    /** The schema of {@code apiVersion}'s {@code kind}, when one is vendored ({@code apiVersion} with a group). */
    static Optional<JsonSchema> of(String apiVersion, String kind) {
        return SCHEMAS.computeIfAbsent(apiVersion + "/" + kind, CrdSchemas::load);
    }

    /** What is wrong with {@code o} by its kind's schema, each with its path; empty when it fits. */
    static List<String> problems(ObjectNode o) {
        String apiVersion = o.path("apiVersion").asText();
        String kind = o.path("kind").asText();
        JsonSchema schema = of(apiVersion, kind)
                .orElseThrow(() -> new IllegalArgumentException("no schema vendored for " + apiVersion + "/" + kind));
        List<String> out = new ArrayList<>();
        for (ValidationMessage m : schema.validate(o)) {
            out.add(m.getMessage()); // "$.spec.partitions: string found, integer expected"
        }
        // the CRD leaves metadata to the API server: checked against Kubernetes' ObjectMeta
        Manifests.unknownFields(Manifests.YAML.convertValue(o.path("metadata"), ObjectMeta.class))
                .forEach(f -> out.add("$.metadata: unknown field " + f));
        return out;
    }

    private static Optional<JsonSchema> load(String apiVersionAndKind) {
        if (!apiVersionAndKind.contains(".")) {
            return Optional.empty(); // the core group ("v1") and apps, policy …: not custom resources
        }
        try (InputStream in = CrdSchemas.class.getClassLoader().getResourceAsStream("k8s-schemas/" + apiVersionAndKind + ".json")) {
            if (in == null) {
                return Optional.empty();
            }
            JsonNode schema = JSON.readTree(in);
            refuseUnlistedFields(schema);
            return Optional.of(FACTORY.getSchema(schema, CONFIG));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The API server drops a field the schema does not list, and kubectl's strict validation refuses it: an object
     * schema with properties and no {@code additionalProperties} of its own takes no others, unless it says it keeps
     * unknown fields. Only along the structure (properties, items, map values): a structural schema's anyOf/oneOf
     * branches name a subset of their parent's properties to constrain them, and must not refuse the rest.
     */
    static void refuseUnlistedFields(JsonNode schema) {
        if (!schema.isObject()) {
            return;
        }
        ObjectNode node = (ObjectNode) schema;
        if (node.has("properties") && !node.has("additionalProperties")
                && !node.path("x-kubernetes-preserve-unknown-fields").asBoolean(false)) {
            node.put("additionalProperties", false);
        }
        node.path("properties").forEach(CrdSchemas::refuseUnlistedFields);
        refuseUnlistedFields(node.path("items"));
        refuseUnlistedFields(node.path("additionalProperties"));
    }
}
