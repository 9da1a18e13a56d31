package cn.onewindow.deploy;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * Reads a kustomization as {@code kubectl kustomize} renders it (resources, nested kustomization
 * directories, ConfigMap generators, the namespace) — enough for our plain manifests, which use no
 * patches — and checks Kubernetes' own objects against the typed models of their kinds.
 */
final class Manifests {
    static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    static final Path DEPLOY = Path.of("").toAbsolutePath().getFileName().toString().equals("deploy")
            ? Path.of("").toAbsolutePath() : Path.of("deploy").toAbsolutePath();
    private static final Set<String> CLUSTER_SCOPED = Set.of("Namespace");

    private Manifests() {
    }

    static List<ObjectNode> kustomize(Path dir) throws IOException {
        JsonNode k = YAML.readTree(dir.resolve("kustomization.yaml").toFile());
        List<ObjectNode> out = new ArrayList<>();
        for (JsonNode r : k.path("resources")) {
            Path p = dir.resolve(r.asText()).normalize();
            out.addAll(Files.isDirectory(p) ? kustomize(p) : documents(p));
        }
        for (JsonNode gen : k.path("configMapGenerator")) {
            ObjectNode cm = YAML.createObjectNode().put("apiVersion", "v1").put("kind", "ConfigMap");
            cm.putObject("metadata").put("name", gen.get("name").asText());
            ObjectNode data = cm.putObject("data");
            for (JsonNode f : gen.path("files")) {
                data.put(Path.of(f.asText()).getFileName().toString(), Files.readString(dir.resolve(f.asText())));
            }
            out.add(cm);
        }
        if (k.hasNonNull("namespace")) {
            out.stream().filter(o -> !CLUSTER_SCOPED.contains(o.path("kind").asText()))
                    .forEach(o -> ((ObjectNode) o.get("metadata")).put("namespace", k.get("namespace").asText()));
        }
        return out;
    }

    static List<ObjectNode> documents(Path file) throws IOException {
        List<ObjectNode> out = new ArrayList<>();
        try (var it = YAML.readerFor(JsonNode.class).<JsonNode>readValues(file.toFile())) {
            while (it.hasNext()) {
                JsonNode doc = it.next();
                if (doc != null && doc.isObject() && !doc.isEmpty()) {
                    out.add((ObjectNode) doc);
                }
            }
        }
        return out;
    }

    /** A Secret the manifests need, as deploy/k8s/secrets.sh creates it in the cluster: its type and keys (fixed values: user names). */
    record DeclaredSecret(String name, String type, Map<String, String> fixed, Set<String> keys) {
    }

    /** The table of deploy/k8s/secrets.sh: the one list of the Secrets (and keys) deploy/k8s refers to. */
    static Map<String, DeclaredSecret> declaredSecrets() throws IOException {
        String script = Files.readString(DEPLOY.resolve("k8s/secrets.sh"));
        int start = script.indexOf("SECRETS='");
        int end = script.indexOf("'", start + "SECRETS='".length());
        if (start < 0 || end < 0) {
            throw new IllegalStateException("deploy/k8s/secrets.sh has no SECRETS='…' table");
        }
        Map<String, DeclaredSecret> out = new LinkedHashMap<>();
        for (String line : script.substring(start + "SECRETS='".length(), end).split("\n")) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("#")) {
                continue;
            }
            String[] w = l.split("\\s+");
            Map<String, String> fixed = new LinkedHashMap<>();
            Set<String> keys = new LinkedHashSet<>();
            for (int i = 2; i < w.length; i++) {
                int eq = w[i].indexOf('=');
                keys.add(eq < 0 ? w[i] : w[i].substring(0, eq));
                if (eq >= 0) {
                    fixed.put(w[i].substring(0, eq), w[i].substring(eq + 1));
                }
            }
            out.put(w[0], new DeclaredSecret(w[0], w[1], fixed, keys));
        }
        return out;
    }

    static String id(JsonNode o) {
        return o.path("kind").asText() + "/" + o.path("metadata").path("name").asText();
    }

    /**
     * The fields the typed model did not know, by path. fabric8's model keeps unknown fields in
     * {@code additionalProperties} instead of failing; a non-empty one is a misspelt or misplaced field.
     * (The custom resources are checked against their CRDs' schemas instead: {@link CrdSchemas}.)
     */
    static List<String> unknownFields(Object model) {
        List<String> out = new ArrayList<>();
        walk(model, "", out, Collections.newSetFromMap(new IdentityHashMap<>()));
        return out;
    }

    private static void walk(Object o, String path, List<String> out, Set<Object> seen) {
        if (o == null || !seen.add(o)) {
            return;
        }
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> walk(v, path + "." + k, out, seen));
            return;
        }
        if (o instanceof Collection<?> c) {
            int i = 0;
            for (Object e : c) {
                walk(e, path + "[" + i++ + "]", out, seen);
            }
            return;
        }
        String pkg = o.getClass().getPackageName();
        if (!pkg.startsWith("io.fabric8.kubernetes.api.model")) {
            return;
        }
        for (Method m : o.getClass().getMethods()) {
            if (m.getParameterCount() != 0 || Modifier.isStatic(m.getModifiers()) || !m.getName().startsWith("get")
                    || m.getDeclaringClass() == Object.class) {
                continue;
            }
            Object value;
            try {
                value = m.invoke(o);
            } catch (ReflectiveOperationException | RuntimeException e) {
                continue;
            }
            if (m.getName().equals("getAdditionalProperties")) {
                if (value instanceof Map<?, ?> extra && !extra.isEmpty()) {
                    out.add((path.isEmpty() ? "" : path + ".") + extra.keySet());
                }
            } else {
                walk(value, path + "." + Character.toLowerCase(m.getName().charAt(3)) + m.getName().substring(4), out, seen);
            }
        }
    }
}
