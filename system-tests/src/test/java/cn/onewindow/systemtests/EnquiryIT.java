package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * 咨询答复 / 热线工单 through the services (#24, must show): an enquiry forwarded by the JZ station about AMR-0001 goes to
 * AMR (evaluation's copy of the catalogue), is answered on time by AMR's reviewer (another department is refused and
 * changes nothing), visited back with the enquirer's rating, and proposed for the FAQ in edited wording; the hall admin
 * approves it and the public service guide shows it (intake, no login). A hotline enquiry left unanswered past its due
 * is escalated once by the enquiry monitor (EnquiryEscalated) — its due moved into the past in evaluation's database,
 * as the running suite has no clock to drive; the monitor looks every OW_ENQUIRY_SCAN (15 s). Bad input: an unknown
 * item is a problem and nothing is written; a window clerk takes no enquiry down.
 */
class EnquiryIT {
    static final Duration WAIT = Duration.ofSeconds(60);

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void aForwardedEnquiryIsAnsweredOnTimeVisitedBackAndBecomesAnFaqEntryAndALateOneIsEscalated() {
        String gw = Suite.gateway();
        String enquiries = gw + "/api/evaluation/enquiries";
        String desk = Http.token("enquiry1");
        String mark = "补领" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

        // forwarded by the JZ station, about the DX hall's AMR item: the work order is AMR's, due in 3 working days
        JsonNode forwarded = receive(enquiries, desk, Map.of("source", "HALL", "forwardedBy", "九州镇便民服务站", "itemCode", "AMR-0001",
                "question", "我的营业执照遗失了，姓孙，怎么补办？（" + mark + "）", "enquirerName", "孙先生", "phone", "13912345678"));
        String number = forwarded.get("number").asText();
        assertThat(forwarded.get("departmentCode").asText()).isEqualTo("AMR");
        assertThat(forwarded.get("status").asText()).isEqualTo("OPEN");

        // another department cannot answer it, and sees nothing of it
        String taxReviewer = Http.token("reviewer.tax");
        var refused = Http.post(enquiries + "/" + number + "/answer", taxReviewer, Map.of("answer", "代答"));
        assertThat(refused.status()).as(refused.body()).isEqualTo(403);
        assertThat(refused.json().get("code").asText()).isEqualTo("other-department");
        assertThat(numbers(Http.get(enquiries, taxReviewer).json())).doesNotContain(number);

        // AMR answers in writing, on time
        String amrReviewer = Http.token("reviewer.amr");
        assertThat(numbers(Http.get(enquiries, amrReviewer).json())).contains(number);
        var answered = Http.post(enquiries + "/" + number + "/answer", amrReviewer,
                Map.of("answer", "孙先生您好：请先在国家企业信用信息公示系统发布遗失公告，再到市场监管窗口申请补领。"));
        assertThat(answered.status()).as(answered.body()).isEqualTo(200);
        assertThat(answered.json().get("answeredLate").asBoolean()).isFalse();
        assertThat(Db.one("evaluation", "select answered_at <= due_at as on_time, escalated_at from enquiry where number = ?", number))
                .containsEntry("on_time", true).containsEntry("escalated_at", null);

        // the desk visits the enquirer back, who rates the answer
        var visited = Http.post(enquiries + "/" + number + "/return-visit", desk, Map.of("reached", true, "satisfaction", 5,
                "note", "答复清楚"));
        assertThat(visited.status()).as(visited.body()).isEqualTo(200);
        assertThat(visited.json().get("status").asText()).isEqualTo("VISITED");

        // proposed for the FAQ in wording for everyone, approved by the hall admin, shown by the public guide
        String question = "营业执照遗失后怎样补领？（" + mark + "）";
        var proposed = Http.post(enquiries + "/" + number + "/faq-proposal", desk, Map.of("question", question,
                "answer", "先在国家企业信用信息公示系统发布遗失公告，再持补领申请书到市场监管窗口申请补领。"));
        assertThat(proposed.status()).as(proposed.body()).isEqualTo(201);
        var approved = Http.post(gw + "/api/evaluation/faq-proposals/" + proposed.json().get("id").asLong() + "/approval",
                Http.token("admin1"), Map.of("decision", "APPROVE"));
        assertThat(approved.status()).as(approved.body()).isEqualTo(200);
        JsonNode hits = Http.await(gw + "/api/intake/guide/faq?q=" + Http.enc(mark), null,
                r -> r.status() == 200 && r.body().contains(question), WAIT).json();
        assertThat(hits.get(0).get("itemCode").asText()).isEqualTo("AMR-0001");
        assertThat(Http.get(gw + "/api/intake/guide/items/AMR-0001", null).body()).contains(question);
        assertThat(ThinFlowIT.typesOn(Topics.EVALUATION_CASE, "faq-AMR-0001")).contains(EventTypes.FAQ_ENTRY_APPROVED);

        // a hotline enquiry nobody answers: once past its due, escalated once by the monitor
        String late = receive(enquiries, desk, Map.of("source", "HOTLINE", "itemCode", "AMR-0001", "question",
                "个体户变更经营范围要带什么材料？", "enquirerName", "钱女士", "phone", "0316-5551234")).get("number").asText();
        Db.one("evaluation", "update enquiry set due_at = now() - interval '1 minute' where number = ? returning number", late);
        Http.await(enquiries + "?open=true", desk, r -> r.status() == 200 && status(r.json(), late).equals("ESCALATED"), WAIT);
        // the status is written with the event's outbox row; the relay sends it a moment later
        assertThat(ThinFlowIT.awaitTypesOn(Topics.EVALUATION_CASE, "enquiry-" + late)).containsExactly(EventTypes.ENQUIRY_ESCALATED);
        assertThat(status(Http.get(enquiries + "?open=false", desk).json(), number)).isEqualTo("VISITED");
    }

    @Test
    void anUnknownItemIsAProblemAndNothingIsWrittenAndTheWindowTakesNoEnquiryDown() {
        String enquiries = Suite.gateway() + "/api/evaluation/enquiries";
        long before = Db.count("evaluation", "select count(*) from enquiry");
        var unknown = Http.post(enquiries, Http.token("enquiry1"), Map.of("source", "HOTLINE", "itemCode", "XYZ-9999",
                "question", "问", "enquirerName", "甲", "phone", "13912345678"));
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("code").asText()).isEqualTo("unknown-item");
        var clerk = Http.post(enquiries, Http.token("clerk1"), Map.of("source", "HOTLINE", "itemCode", "AMR-0001",
                "question", "问", "enquirerName", "甲", "phone", "13912345678"));
        assertThat(clerk.status()).as(clerk.body()).isEqualTo(403);
        assertThat(Db.count("evaluation", "select count(*) from enquiry")).isEqualTo(before);
    }

    /** Taken down once evaluation holds the catalogue (its copy comes from the compacted topic at start). */
    static JsonNode receive(String url, String token, Map<String, ?> body) {
        long end = System.nanoTime() + WAIT.toNanos();
        Http.Reply last;
        do {
            last = Http.post(url, token, body);
            if (last.status() == 201) {
                return last.json();
            }
            Http.sleep(500);
        } while (last.status() == 422 && System.nanoTime() < end);
        throw new AssertionError("enquiry not taken down: " + last.status() + " " + last.body());
    }

    static java.util.List<String> numbers(JsonNode list) {
        return StreamSupport.stream(list.spliterator(), false).map(n -> n.path("number").asText()).toList();
    }

    static String status(JsonNode list, String number) {
        return StreamSupport.stream(list.spliterator(), false).filter(n -> number.equals(n.path("number").asText()))
                .map(n -> n.path("status").asText()).findFirst().orElse("");
    }
}
