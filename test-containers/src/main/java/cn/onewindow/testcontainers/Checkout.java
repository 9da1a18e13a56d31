package cn.onewindow.testcontainers;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

/**
 * The checkout the tests run in, and what its deploy files say: the containers run the images Compose runs, get the
 * databases Compose's init script makes and the realm every local run imports, with the secrets deploy/local/env.sh
 * keeps for the test profile.
 */
final class Checkout {
    static final String COMPOSE = "deploy/compose/docker-compose.yml";
    /** The client secrets the demo realm names as placeholders; Keycloak fills them from its environment at import. */
    static final List<String> REALM_SECRETS = List.of("OW_INTAKE_CLIENT_SECRET", "OW_GATEWAY_CLIENT_SECRET");

    final Path root;

    private Checkout(Path root) {
        this.root = root;
    }

    /** OW_ROOT when set (system-tests' failsafe sets it), else the first directory above the test's own that holds the Compose file. */
    static Checkout find() {
        String configured = System.getenv("OW_ROOT");
        Path start = configured == null || configured.isBlank() ? Path.of("").toAbsolutePath() : Path.of(configured).toAbsolutePath();
        for (Path p = start; p != null; p = p.getParent()) {
            if (Files.isRegularFile(p.resolve(COMPOSE))) {
                return new Checkout(p.normalize());
            }
        }
        throw new IllegalStateException("no " + COMPOSE + " in or above " + start + ": run the build in the OneWindow checkout");
    }

    Path file(String relative) {
        Path p = root.resolve(relative);
        if (!Files.isRegularFile(p)) {
            throw new IllegalStateException(p + " is missing");
        }
        return p;
    }

    /** The image Compose runs for one of its servers (postgres, kafka, keycloak). */
    String image(String composeService) {
        try {
            JsonNode compose = new ObjectMapper(new YAMLFactory()).readTree(file(COMPOSE).toFile());
            String image = compose.path("services").path(composeService).path("image").asText("");
            if (image.isBlank()) {
                throw new IllegalStateException(COMPOSE + " names no image for " + composeService);
            }
            return image;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The realm's client secrets as deploy/local/env.sh hands them to suite.sh (it makes them at the profile's first
     * start and reads them from .local/&lt;profile&gt;/secrets.env after), so that the services the system tests start and
     * the Keycloak in the container agree. The profile is the environment's OW_PROFILE, else "test".
     */
    Map<String, String> realmSecrets() {
        StringBuilder script = new StringBuilder("source deploy/local/env.sh >/dev/null || exit 1");
        REALM_SECRETS.forEach(v -> script.append("; echo \"").append(v).append("=${").append(v).append(":-}\""));
        ProcessBuilder pb = new ProcessBuilder("bash", "-c", script.toString()).directory(root.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT);
        pb.environment().putIfAbsent("OW_PROFILE", "test");
        try {
            Process p = pb.start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!p.waitFor(1, TimeUnit.MINUTES)) {
                p.destroyForcibly();
                throw new IllegalStateException("sourcing deploy/local/env.sh did not finish within a minute");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("sourcing deploy/local/env.sh failed (exit " + p.exitValue() + ")");
            }
            Map<String, String> secrets = new LinkedHashMap<>();
            out.lines().filter(l -> l.contains("=")).forEach(l -> secrets.put(l.substring(0, l.indexOf('=')), l.substring(l.indexOf('=') + 1)));
            for (String v : REALM_SECRETS) {
                if (secrets.getOrDefault(v, "").isBlank()) {
                    throw new IllegalStateException("deploy/local/env.sh gave no " + v + " (see its message above)");
                }
            }
            return secrets;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
