package cn.onewindow.systemtests;

import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Every REST operation of the running services, read from their OpenAPI documents, with the hall's
 * policy for it (docs/authorisation-matrix.yaml): what the authorisation matrix and the bad-input
 * properties are generated from.
 */
final class ApiOperations {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final String NO_CASE = "DX-20000101-999999";
    static final List<String> SERVICES = List.of("intake-service", "routing-service", "approval-service",
            "issuance-service", "evaluation-service", "gateway");

    private ApiOperations() {
    }

    record Operation(String service, String method, String path, JsonNode rule, JsonNode openApi) {
        String url() {
            String p = path;
            for (JsonNode param : openApi.path("parameters")) {
                if ("path".equals(param.path("in").asText())) {
                    p = p.replace("{" + param.path("name").asText() + "}", sample(param));
                }
            }
            return Suite.service(service) + p;
        }

        boolean hasBody() {
            return openApi.has("requestBody");
        }

        String contentType() {
            var it = openApi.path("requestBody").path("content").fieldNames();
            return it.hasNext() ? it.next() : "application/json";
        }

        String name() {
            return service + " " + method + " " + path;
        }

        /** What the operation answers with (a PDF, a CSV, an event stream, JSON): the Accept a real client sends. */
        String accept() {
            for (String status : List.of("200", "201")) {
                var it = openApi.path("responses").path(status).path("content").fieldNames();
                if (it.hasNext()) {
                    return it.next();
                }
            }
            return "application/json";
        }
    }

    static JsonNode policy() {
        try {
            return YAML.readTree(Suite.ROOT.resolve("docs/authorisation-matrix.yaml").toFile());
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    static List<Operation> load() {
        JsonNode policy = policy();
        List<Operation> out = new ArrayList<>();
        for (String service : SERVICES) {
            JsonNode api = Http.get(Suite.service(service) + "/q/openapi?format=json", null).json();
            api.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> {
                String key = m.getKey().toUpperCase() + " " + p.getKey();
                out.add(new Operation(service, m.getKey().toUpperCase(), p.getKey(), policy.path(service).path(key), m.getValue()));
            }));
        }
        return out;
    }

    /** A path parameter that names nothing: a case, id or year that does not exist. */
    static String sample(JsonNode param) {
        JsonNode schema = param.path("schema");
        String name = param.path("name").asText();
        if ("uuid".equals(schema.path("format").asText())) {
            return "00000000-0000-4000-8000-000000000000";
        }
        if (schema.path("type").asText().startsWith("integer") || schema.path("type").asText().equals("number")) {
            return name.equals("year") ? "2099" : "999999999";
        }
        return switch (name) {
            case "caseId" -> NO_CASE;
            case "code" -> "ZZZ-9999";
            case "idNumber" -> "000000000000000000";
            default -> "does-not-exist";
        };
    }

}
