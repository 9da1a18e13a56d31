package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.bench.LoadDriver;
import cn.onewindow.bench.Settings;

/**
 * The load driver at CI's small size: 40 cases at 4 per second (every tenth with a supplement round
 * trip) through every service, then every case checked in every database. Not a timed test: it shows
 * the driver and the correctness check work; docs/performance.md has the full-size figures.
 */
class BenchSmokeIT {
    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void fortyCasesAtFourPerSecondArriveEverywhereOnceAndNoneIsLost() throws Exception {
        Path out = Suite.ROOT.resolve("system-tests/target/bench-smoke.json");
        int code = new LoadDriver().run(Settings.parse(new String[] {
                "--gateway", Suite.gateway(), "--keycloak", "http://127.0.0.1:" + Suite.KEYCLOAK,
                "--pg-port", String.valueOf(Suite.PG), "--home", Suite.ROOT.resolve(".local/test").toString(),
                "--rate", "4", "--warmup", "3", "--cases", "40", "--supplement-share", "0.1", "--out", out.toString()}));
        JsonNode report = Http.JSON.readTree(out.toFile());
        assertThat(report.path("correctness").path("lost").asLong()).isZero();
        assertThat(report.path("correctness").path("duplicated").asLong()).isZero();
        assertThat(report.path("completedTotal").asLong()).isEqualTo(40);
        assertThat(report.path("failedCases").size()).isZero();
        assertThat(report.path("stages").path("4 intake call returned → in department queue").path("count").asInt()).isEqualTo(40);
        assertThat(code).as("the driver's own verdict").isZero();
    }

    /** The settled journey (当场办结): 20 take-ins, then nothing from the driver — each case reaches evaluation by itself. */
    @Test
    void twentySettledCasesReachEvaluationByThemselvesOnce() throws Exception {
        Path out = Suite.ROOT.resolve("system-tests/target/bench-smoke-settled.json");
        int code = new LoadDriver().run(Settings.parse(new String[] {
                "--gateway", Suite.gateway(), "--keycloak", "http://127.0.0.1:" + Suite.KEYCLOAK,
                "--pg-port", String.valueOf(Suite.PG), "--home", Suite.ROOT.resolve(".local/test").toString(),
                "--journey", "settled", "--rate", "4", "--warmup", "3", "--cases", "20", "--out", out.toString()}));
        JsonNode report = Http.JSON.readTree(out.toFile());
        assertThat(report.path("settings").path("journey").asText()).isEqualTo("settled");
        assertThat(report.path("correctness").path("lost").asLong()).isZero();
        assertThat(report.path("correctness").path("duplicated").asLong()).isZero();
        assertThat(report.path("correctness").path("checks")).allSatisfy(v -> assertThat(v.asLong()).isZero());
        assertThat(report.path("completedTotal").asLong()).isEqualTo(20);
        assertThat(report.path("failedCases").size()).isZero();
        assertThat(report.path("stages").path("6 end to end (intake call → noted in evaluation)").path("count").asInt()).isEqualTo(20);
        assertThat(code).as("the driver's own verdict").isZero();
    }
}
