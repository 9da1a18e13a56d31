package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The department integration guide's example client (examples/department-client/DepartmentClient.java, docs/departments.md)
 * run as a department would run it — {@code java DepartmentClient.java}, the JDK and nothing else — against the running
 * suite, through the gateway with the AMR system's client credentials: it reads the feed from the cursor it kept, takes
 * the acceptance decision on a file the window only received and approves it; the case is decided, by the department
 * system, and its result goes on to issuance.
 */
class DepartmentClientIT {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final Path CLIENT = Suite.ROOT.resolve("examples/department-client/DepartmentClient.java");

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void theExampleClientAcceptsAndDecidesACaseFromTheFeed() throws Exception {
        String gw = Suite.gateway();
        String system = Http.clientToken("dept-amr-system", "amr-system-secret");
        // the cursor the department's system kept: the end of its feed before the new case arrives
        Path cursorFile = Files.createTempFile("department-client", ".cursor");
        Files.writeString(cursorFile, Long.toString(endOfFeed(gw, system)));

        // 食品经营许可 is high-risk: the window only receives the file, the department decides whether to accept it
        var taken = Window.takeIn(gw + "/api/intake", Http.token("clerk1"), "AMR-0002", "ORGANISATION",
                "廊坊临空食品经营有限公司", "91350100M000100Y43");
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String caseId = Window.caseId(taken);
        String caseUrl = gw + "/api/approval/department/cases/" + caseId;
        Http.await(caseUrl, system, r -> r.status() == 200 && "AWAITING_ACCEPTANCE".equals(r.json().path("status").asText()), WAIT);

        Run run = client(cursorFile, "--case", caseId, "--timeout", "90");

        assertThat(run.exit()).as(run.output()).isZero();
        assertThat(run.output()).contains(caseId + " accepted", caseId + " approved");
        JsonNode decided = Http.get(caseUrl, system).json();
        assertThat(decided.path("status").asText()).isEqualTo("APPROVED");
        assertThat(decided.path("resultKind").asText()).isEqualTo("LICENCE");
        assertThat(decided.path("resultTitle").asText()).isEqualTo(decided.path("itemName").asText()).isNotBlank();
        var row = Db.one("approval", "select status, decided_by_post, feed_seq from approval_case where case_id = ?", caseId);
        assertThat(row.get("status")).isEqualTo("APPROVED");
        assertThat(row.get("decided_by_post")).as("decided by the department's system").isEqualTo("department-system");
        // the client kept its cursor at the case it dealt with: a restart goes on after it
        assertThat(Long.parseLong(Files.readString(cursorFile).strip())).isEqualTo(((Number) row.get("feed_seq")).longValue());
        // the decision went on: the issuance window expects the licence
        Http.await(gw + "/api/issuance/issuance/" + caseId, Http.token("issuer1"), r -> r.status() == 200, WAIT);

        // run again, it finds the case decided and leaves it so (the feed is read at least once)
        Files.writeString(cursorFile, Long.toString(((Number) row.get("feed_seq")).longValue() - 1));
        Run again = client(cursorFile, "--case", caseId, "--timeout", "30");
        assertThat(again.exit()).as(again.output()).isZero();
        assertThat(again.output()).contains(caseId + " APPROVED").doesNotContain("accepted", "approved");
    }

    /** The cursor after the last case in the department's feed now. */
    static long endOfFeed(String gw, String token) {
        long cursor = 0;
        while (true) {
            JsonNode page = Http.get(gw + "/api/approval/department/cases/feed?after=" + cursor + "&limit=500", token).json();
            if (page.path("cases").isEmpty()) {
                return cursor;
            }
            cursor = page.path("nextCursor").asLong();
        }
    }

    record Run(int exit, String output) {
    }

    /** {@code java DepartmentClient.java …} with the JDK running the tests, set up for this suite as its guide says. */
    static Run client(Path cursorFile, String... args) throws IOException, InterruptedException {
        String java = ProcessHandle.current().info().command().orElse("java");
        List<String> command = new java.util.ArrayList<>(List.of(java, CLIENT.toString()));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().putAll(Map.of("OW_GATEWAY", Suite.gateway(),
                "OW_TOKEN_URL", "http://127.0.0.1:" + Suite.KEYCLOAK + "/realms/onewindow/protocol/openid-connect/token",
                "OW_CLIENT_ID", "dept-amr-system", "OW_CLIENT_SECRET", "amr-system-secret",
                "OW_CURSOR_FILE", cursorFile.toString()));
        // the output goes to a file, not a pipe read here: reading would wait for the end and the time limit never act
        Path output = Files.createTempFile("department-client", ".out");
        pb.redirectOutput(output.toFile());
        Process p = pb.start();
        boolean ended = p.waitFor(150, TimeUnit.SECONDS);
        if (!ended) {
            p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
        String out = Files.readString(output, StandardCharsets.UTF_8);
        Files.deleteIfExists(output);
        return new Run(ended ? p.exitValue() : -1, out);
    }
}
