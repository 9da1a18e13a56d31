package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.Topics;

/**
 * 200 cases in flight while routing-service is killed with kill -9 and restarted: every case
 * reaches its end (a rating) exactly once, none lost, no effect duplicated.
 * The case count can be raised with -Dow.crash.cases=N.
 */
class RoutingCrashIT {
    static final int CASES = Integer.getInteger("ow.crash.cases", 200);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void killingRoutingLosesAndDuplicatesNothing() throws Exception {
        String clerk = Http.token("clerk2");
        List<String> caseIds = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger sent = new AtomicInteger();
        ExecutorService clerks = Executors.newFixedThreadPool(4);
        CompletableFuture<Void> crash = new CompletableFuture<>();
        List<CompletableFuture<Void>> work = new ArrayList<>();
        for (int i = 0; i < CASES; i++) {
            int n = i;
            work.add(CompletableFuture.runAsync(() -> {
                var r = Window.takeIn(Suite.service("intake-service") + "/api", clerk, "PSB-0002", "PERSON",
                        "压力测试" + n, "11010519491231002X");
                assertThat(r.status()).as(r.body()).isEqualTo(201);
                caseIds.add(Window.caseId(r));
                if (sent.incrementAndGet() == CASES / 4) {
                    crash.complete(null);
                }
            }, clerks));
        }
        crash.get(2, TimeUnit.MINUTES);
        long t0 = System.nanoTime();
        Suite.kill9("routing-service");  // mid-stream: a quarter taken in, the rest still coming
        try {
            CompletableFuture.allOf(work.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        } finally {
            clerks.shutdown();
            Suite.restart("routing-service"); // whatever happened, leave the suite whole for the other tests
        }
        assertThat(caseIds).hasSize(CASES).doesNotHaveDuplicates();

        // every case reaches the PSB queue exactly once
        long deadline = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (Db.count("approval", "select count(*) from approval_case where case_id = any(?)", caseIds) < CASES
                && System.nanoTime() < deadline) {
            Http.sleep(250);
        }
        double recoverySeconds = (System.nanoTime() - t0) / 1e9;
        assertThat(Db.count("approval", "select count(*) from approval_case where case_id = any(?)", caseIds)).isEqualTo(CASES);

        // the window only received them (high-risk item): the PSB department system accepts, then decides
        // them; the issuance clerk hands them out, applicants rate
        String psb = Http.clientToken("dept-psb-system", "psb-system-secret");
        String issuer = Http.token("issuer1");
        for (String id : caseIds) {
            var a = Http.post(Suite.service("approval-service") + "/api/department/cases/" + id + "/acceptance", psb,
                    Map.of("decision", "ACCEPT"));
            assertThat(a.status()).as(a.body()).isEqualTo(200);
            var d = Http.post(Suite.service("approval-service") + "/api/department/cases/" + id + "/decision", psb,
                    Map.of("outcome", "APPROVED", "resultKind", "CERTIFICATE", "resultTitle", "居民身份证"));
            assertThat(d.status()).as(d.body()).isEqualTo(200);
        }
        for (String id : caseIds) {
            Http.await(Suite.service("issuance-service") + "/api/issuance/" + id, issuer, r -> r.status() == 200, Duration.ofMinutes(2));
            var arrived = Http.post(Suite.service("issuance-service") + "/api/issuance/" + id + "/arrival", psb, Map.of());
            assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
            var p = Http.post(Suite.service("issuance-service") + "/api/issuance/" + id + "/pickup", issuer,
                    Map.of("receivedBy", "本人", "identityChecked", true, "signature", "sig"));
            assertThat(p.status()).as(p.body()).isEqualTo(200);
        }
        for (String id : caseIds) {
            // the token from the rating link in the applicant's notice
            String back = RatingLink.tokens(id, Duration.ofMinutes(2)).get("BACK_OFFICE");
            var r = Http.post(Suite.service("evaluation-service") + "/api/ratings", null, Map.of("caseId", id,
                    "stage", "BACK_OFFICE", "level", 4, "token", back));
            assertThat(r.status()).as(r.body()).isEqualTo(201);
        }

        // exactly once, everywhere
        assertThat(Db.count("routing", "select count(*) from routing_assignment where case_id = any(?)", caseIds)).isEqualTo(CASES);
        assertThat(Db.count("routing", "select count(distinct aggregate_id) from outbox_event where aggregate_id = any(?) and event_type = 'cn.onewindow.case.routed.v1'", caseIds)).isEqualTo(CASES);
        assertThat(Db.count("routing", "select count(*) from outbox_event where aggregate_id = any(?) and event_type = 'cn.onewindow.case.routed.v1'", caseIds))
                .as("routing announced each case once").isEqualTo(CASES);
        assertThat(Db.count("approval", "select count(*) from approval_case where case_id = any(?) and status = 'APPROVED'", caseIds)).isEqualTo(CASES);
        assertThat(Db.count("issuance", "select count(*) from issuance_record where case_id = any(?) and status = 'DELIVERED'", caseIds)).isEqualTo(CASES);
        assertThat(Db.count("evaluation", "select count(*) from rating where case_id = any(?)", caseIds)).isEqualTo(CASES);

        // on the routing topic each case has exactly one routed event id (a re-sent batch repeats an id, never makes a new one)
        Map<String, java.util.Set<String>> routedIds = TopicReader.readAll(Topics.ROUTING_CASE).stream()
                .filter(e -> caseIds.contains(e.key()))
                .collect(Collectors.groupingBy(TopicReader.Event::key, Collectors.mapping(TopicReader.Event::id, Collectors.toSet())));
        long routedRecords = TopicReader.readAll(Topics.ROUTING_CASE).stream().filter(e -> caseIds.contains(e.key())).count();
        assertThat(routedIds).hasSize(CASES);
        assertThat(routedIds.values()).allMatch(ids -> ids.size() == 1);

        // the gateway's timelines hold ten distinct events per case (accepted, routed, queued,
        // acceptance decided, decided, certificate issued, result ready, delivered, rating link sent, rated)
        long timelineEntries = Db.count("gateway", "select count(*) from timeline_entry where case_id = any(?)", caseIds);
        long deadline2 = System.nanoTime() + Duration.ofMinutes(1).toNanos();
        while (timelineEntries < 10L * CASES && System.nanoTime() < deadline2) {
            Http.sleep(250);
            timelineEntries = Db.count("gateway", "select count(*) from timeline_entry where case_id = any(?)", caseIds);
        }
        assertThat(timelineEntries).isEqualTo(10L * CASES);

        System.out.printf("CRASH TEST routing-service kill -9: sent %d, completed %d, lost %d, duplicated effects %d, "
                        + "routing records on topic %d (re-sent duplicates %d, discarded by consumers), all queued %.1f s after the kill%n",
                CASES, Db.count("evaluation", "select count(*) from rating where case_id = any(?)", caseIds),
                CASES - Db.count("approval", "select count(*) from approval_case where case_id = any(?)", caseIds),
                Db.count("routing", "select count(*) from outbox_event where aggregate_id = any(?) and event_type = 'cn.onewindow.case.routed.v1'", caseIds) - CASES,
                routedRecords, routedRecords - CASES, recoverySeconds);
    }
}
