package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.bench.LoadDriver;
import cn.onewindow.bench.Settings;
import cn.onewindow.contracts.Topics;

/**
 * Two instances of routing-service and of approval-service side by side (deploy/local/suite.sh
 * start-instance): each group's members split the partitions, both instances apply events, and the
 * load driver's cases all arrive everywhere exactly once. CI runs 120 cases; the 1,000 with
 * -Dow.scaleout.cases=1000 (docs/performance.md has that run).
 */
class ScaleOutIT {
    static final int CASES = Integer.getInteger("ow.scaleout.cases", 120);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void twoInstancesShareThePartitionsAndNoCaseIsLostOrDoneTwice() throws Exception {
        Map<String, Long> routingBefore = appliedByInstance("routing");
        Map<String, Long> approvalBefore = appliedByInstance("approval");
        Suite.script("suite.sh", "start-instance", "routing-service", "2");
        Suite.script("suite.sh", "start-instance", "approval-service", "2");
        try {
            awaitMembersHoldingPartitions("routing-service", Topics.INTAKE_CASE, 2);
            awaitMembersHoldingPartitions("approval-service", Topics.ROUTING_CASE, 2);

            Path out = Suite.ROOT.resolve("system-tests/target/scale-out.json");
            int code = new LoadDriver().run(Settings.parse(new String[] {
                    "--gateway", Suite.gateway(), "--keycloak", "http://127.0.0.1:" + Suite.KEYCLOAK,
                    "--pg-port", String.valueOf(Suite.PG), "--home", Suite.ROOT.resolve(".local/test").toString(),
                    "--rate", "6", "--warmup", "0", "--cases", String.valueOf(CASES), "--supplement-share", "0.1",
                    "--out", out.toString()}));
            JsonNode report = Http.JSON.readTree(out.toFile());
            assertThat(report.path("correctness").path("lost").asLong()).isZero();
            assertThat(report.path("correctness").path("duplicated").asLong()).isZero();
            assertThat(report.path("completedTotal").asLong()).isEqualTo(CASES);
            assertThat(report.path("failedCases").size()).isZero();
            assertThat(code).as("the driver's own verdict").isZero();

            Map<String, Long> routing = delta(routingBefore, appliedByInstance("routing"));
            Map<String, Long> approval = delta(approvalBefore, appliedByInstance("approval"));
            int basePort = Suite.PORTS.get("routing-service");
            assertThat(routing).as("events applied per routing instance").containsKeys(
                    "routing-service:" + basePort, "routing-service:" + (basePort + 100));
            assertThat(routing.values()).allMatch(n -> n > 0);
            int approvalPort = Suite.PORTS.get("approval-service");
            assertThat(approval).as("events applied per approval instance").containsKeys(
                    "approval-service:" + approvalPort, "approval-service:" + (approvalPort + 100));
            assertThat(approval.values()).allMatch(n -> n > 0);
            System.out.printf("SCALE OUT two instances each of routing and approval: %d cases, completed %d, lost %d, "
                            + "duplicated %d; events applied per instance: routing %s, approval %s%n", CASES,
                    report.path("completedTotal").asLong(), report.path("correctness").path("lost").asLong(),
                    report.path("correctness").path("duplicated").asLong(), routing, approval);
        } finally {
            Suite.script("suite.sh", "stop-instance", "routing-service", "2");
            Suite.script("suite.sh", "stop-instance", "approval-service", "2");
        }
    }

    private static Map<String, Long> appliedByInstance(String db) {
        Map<String, Long> m = new HashMap<>();
        Db.query(db, "select coalesce(handled_by, '?') as by, count(*) as n from processed_event group by 1")
                .forEach(r -> m.put((String) r.get("by"), ((Number) r.get("n")).longValue()));
        return m;
    }

    private static Map<String, Long> delta(Map<String, Long> before, Map<String, Long> after) {
        Map<String, Long> d = new HashMap<>();
        after.forEach((k, v) -> {
            long n = v - before.getOrDefault(k, 0L);
            if (n > 0) {
                d.put(k, n);
            }
        });
        return d;
    }

    /** Waits until {@code members} consumers of the group hold partitions of {@code topic}. */
    private static void awaitMembersHoldingPartitions(String group, String topic, int members) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Suite.KAFKA);
        try (Admin admin = Admin.create(p)) {
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            long holding = 0;
            while (System.nanoTime() < deadline) {
                var description = admin.describeConsumerGroups(java.util.List.of(group)).all().get().get(group);
                holding = description.members().stream().filter(m -> m.assignment().topicPartitions().stream()
                        .anyMatch(tp -> tp.topic().equals(topic))).count();
                if (holding >= members) {
                    System.out.printf("SCALE OUT group %s: %d members hold partitions of %s%n", group, holding, topic);
                    return;
                }
                Http.sleep(500);
            }
            throw new AssertionError(group + ": only " + holding + " members hold partitions of " + topic);
        }
    }
}
