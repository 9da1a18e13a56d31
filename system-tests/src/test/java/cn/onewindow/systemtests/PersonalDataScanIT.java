package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.onewindow.platform.observability.PersonalNumbers;
import cn.onewindow.contracts.Topics;

/**
 * Personal data (#10): an applicant's ID-card and mobile numbers, taken in at the window and carried
 * through the case, appear unmasked in no service's log and on no topic but the one that needs them
 * (the applicant's contact, read by issuance to send notices) — scanned after the case, over everything
 * the run has written so far.
 */
class PersonalDataScanIT {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String ID_CARD = "11010519491231002X";
    static final String MOBILE = "13812345678";
    /** The one topic whose readers need the numbers (issuance's notices): compacted, one record per case. */
    static final Set<String> NEEDS_THEM = Set.of(Topics.INTAKE_CONTACT);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void noUnmaskedNumberInAnyLogOrTopicThatDoesNotNeedIt() throws Exception {
        assertThat(PersonalNumbers.contains(ID_CARD)).as("the scanner knows an ID-card number").isTrue();
        assertThat(PersonalNumbers.contains(MOBILE)).as("the scanner knows a mobile number").isTrue();
        String gw = Suite.gateway();
        String clerk = Http.token("clerk1");
        // 发票领用 serves persons; the tax office decides it
        var accepted = Http.post(gw + "/api/intake/cases", clerk, Map.of("itemCode", "TAX-0002",
                "applicant", Map.of("kind", "PERSON", "name", "王小明", "idNumber", ID_CARD, "phone", MOBILE),
                "materials", Window.completeChecklist(gw + "/api/intake", clerk, "TAX-0002"), "deliveryMethod", "PICKUP",
                "reviewPoints", Window.confirmedReviewPoints(gw + "/api/intake", clerk, "TAX-0002")));
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(201);
        String caseId = Window.caseId(accepted);
        assertThat(accepted.body()).doesNotContain(ID_CARD).doesNotContain(MOBILE);
        // the window holds the numbers (it needs them) …
        assertThat(Db.one("intake", "select applicant_id from intake_case where case_id = ?", caseId).get("applicant_id"))
                .isEqualTo(ID_CARD);
        String reviewer = Http.token("reviewer.tax");
        Http.await(gw + "/api/approval/department/cases/" + caseId, reviewer, r -> r.status() == 200, WAIT);
        var decided = Http.post(gw + "/api/approval/department/cases/" + caseId + "/decision", reviewer,
                Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        Http.await(gw + "/api/issuance/issuance/" + caseId, Http.token("issuer1"), r -> r.status() == 200, WAIT);

        // … and issuance got the mobile number it sends notices to, on the one topic meant for it
        assertThat(TopicReader.records(Topics.INTAKE_CONTACT).stream().filter(r -> caseId.equals(r.key()))
                .anyMatch(r -> r.value() != null && r.value().contains(MOBILE))).isTrue();

        List<String> found = new ArrayList<>();
        long records = 0;
        for (String topic : topics()) {
            if (NEEDS_THEM.contains(topic)) {
                continue;
            }
            for (var r : TopicReader.records(topic)) {
                records++;
                StringBuilder text = new StringBuilder(String.valueOf(r.key())).append(' ').append(r.value());
                for (Header h : r.headers()) {
                    text.append(' ').append(h.key()).append('=').append(h.value() == null ? "" : new String(h.value()));
                }
                if (PersonalNumbers.contains(text.toString())) {
                    found.add(topic + "@" + r.partition() + ":" + r.offset() + " " + PersonalNumbers.mask(text.toString()));
                }
            }
        }
        long lines = 0;
        try (Stream<Path> logs = Files.list(Suite.home().resolve("logs"))) {
            for (Path log : logs.filter(PersonalDataScanIT::serviceLog).toList()) {
                for (String line : Files.readAllLines(log)) {
                    lines++;
                    if (PersonalNumbers.contains(line)) {
                        found.add(log.getFileName() + ": " + PersonalNumbers.mask(line));
                    }
                }
            }
        }
        System.out.printf("personal-data scan: %d records on the topics, %d log lines, %d unmasked numbers%n",
                records, lines, found.size());
        assertThat(records).isGreaterThan(10);
        assertThat(lines).isGreaterThan(100);
        assertThat(found).isEmpty();
    }

    private static boolean serviceLog(Path p) {
        String name = p.getFileName().toString();
        return name.endsWith(".log") && (name.contains("-service") || name.startsWith("gateway"));
    }

    private static Set<String> topics() throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + Suite.KAFKA);
        try (Admin admin = Admin.create(p)) {
            return admin.listTopics().names().get().stream().filter(t -> t.startsWith("onewindow.")).collect(
                    java.util.stream.Collectors.toSet());
        }
    }
}
