package cn.onewindow.deploy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * The Grafana dashboard reads right with several replicas of a service (Kubernetes runs two of each): what one JVM
 * measures of itself (HTTP, heap, CPU, consumer lag) is charted per instance — one series per pod — or added up on
 * purpose across instances; what a service counts from its database (cases by state, the outbox backlog) is the same
 * on every instance and is never added up across them. Every panel follows the service and instance chosen at the top.
 * (system-tests' ObservabilityIT checks that the services export every metric charted here.)
 */
class GrafanaDashboardTest {
    static final Path DASHBOARD = Manifests.DEPLOY.resolve("observability/grafana-dashboard.json");
    /** Metrics each JVM measures of itself. */
    static final Pattern PER_PROCESS = Pattern.compile("\\b(http_server_\\w+|jvm_\\w+|process_\\w+|kafka_consumer_\\w+)\\b");
    /** Gauges read from the service's database: every instance of the service reports the same value. */
    static final Pattern FROM_THE_DATABASE = Pattern.compile("\\b(onewindow_cases|onewindow_outbox_backlog)\\b");

    static JsonNode dashboard;

    @BeforeAll
    static void read() throws IOException {
        dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
    }

    @Test
    void everyPanelFollowsTheChosenServiceAndInstance() {
        List<String> names = new ArrayList<>();
        dashboard.at("/templating/list").forEach(v -> names.add(v.path("name").asText()));
        assertThat(names).contains("datasource", "job", "instance");
        for (JsonNode v : dashboard.at("/templating/list")) {
            if (!v.path("name").asText().equals("datasource")) {
                assertThat(v.path("multi").asBoolean() && v.path("includeAll").asBoolean()).as(v.path("name").asText()).isTrue();
            }
        }
        assertThat(targets()).isNotEmpty().allSatisfy(t -> {
            String expr = t.path("expr").asText();
            // every selector of a metric carries both filters
            var selectors = Pattern.compile("\\b[a-z_]+\\{([^}]*)}").matcher(expr);
            int n = 0;
            while (selectors.find()) {
                n++;
                assertThat(selectors.group(1)).as(expr).contains("job=~\"$job\"", "instance=~\"$instance\"");
            }
            assertThat(n).as(expr + ": every metric selected with filters").isPositive();
        });
    }

    @Test
    void whatOneJvmMeasuresIsChartedPerInstanceOrSummedOnPurpose() {
        for (JsonNode panel : dashboard.path("panels")) {
            for (JsonNode t : panel.path("targets")) {
                String expr = t.path("expr").asText();
                if (!PER_PROCESS.matcher(expr).find()) {
                    continue;
                }
                boolean perInstance = expr.matches("(?s).*by \\([^)]*\\binstance\\b[^)]*\\).*")
                        && t.path("legendFormat").asText().contains("{{instance}}");
                boolean together = panel.path("description").asText().contains("all instances together");
                assertThat(perInstance || together).as(panel.path("title").asText() + ": " + expr).isTrue();
            }
        }
    }

    @Test
    void whatTheDatabaseCountsIsNeverAddedUpAcrossInstances() {
        int checked = 0;
        for (JsonNode t : targets()) {
            String expr = t.path("expr").asText();
            var m = FROM_THE_DATABASE.matcher(expr);
            while (m.find()) {
                checked++;
                // the innermost aggregation around the gauge takes one instance's value per service: max by (job …)
                String before = expr.substring(0, m.start());
                assertThat(before).as(expr).matches("(?s).*max by \\(job\\b[^)]*\\) \\($");
            }
        }
        assertThat(checked).as("the database gauges charted").isGreaterThanOrEqualTo(3);
    }

    private static List<JsonNode> targets() {
        List<JsonNode> out = new ArrayList<>();
        dashboard.path("panels").forEach(p -> p.path("targets").forEach(out::add));
        return out;
    }
}
