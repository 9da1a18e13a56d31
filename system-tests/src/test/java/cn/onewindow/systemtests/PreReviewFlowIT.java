package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * 网上预审 (#23 item 3) through the gateway with the demo realm's users: an organisation's agent (applicant2) prepares
 * 职工参保登记 online, the pre-review post (prereviewer1) passes it, and the window (clerk1) settles it on the spot with
 * no material and no applicant entered again; a person (applicant1) gets one notice listing everything, and a second
 * is refused. The files go through the gateway as raw bytes and come back as sandboxed downloads.
 */
class PreReviewFlowIT {
    static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R', 1, 2, 3};

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    static byte[] pdf(String body) {
        return ("%PDF-1.7\n1 0 obj\n<< /Type /Catalog " + body + " >>\nendobj\n%%EOF\n").getBytes(StandardCharsets.ISO_8859_1);
    }

    static HttpResponse<byte[]> raw(String method, String url, String token, String type, byte[] body) throws Exception {
        // Accept as a browser's download or curl sends it (without one the gateway asks the service for JSON)
        var b = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                .header("Accept", "*/*")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        if (type != null) {
            b.header("Content-Type", type);
        }
        return CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    static JsonNode json(HttpResponse<byte[]> r) throws Exception {
        return Http.JSON.readTree(r.body());
    }

    static String text(HttpResponse<byte[]> r) {
        return new String(r.body(), StandardCharsets.UTF_8);
    }

    @Test
    void aPassedPreReviewIsSettledAtTheWindowWithNothingEnteredAgain() throws Exception {
        String gw = Suite.gateway();
        String agent = Http.freshToken("applicant2");
        String mine = gw + "/api/intake/applicant/pre-reviews";
        // whom it is for is the token's: the organisation's code and registered name (org_code, org_name), never typed
        var started = Http.post(mine, agent, Map.of("itemCode", "HRSS-0002", "phone", "13912345678"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.json().get("applicantName").asText()).isEqualTo("廊坊临空示范科技有限公司");
        String id = started.json().get("id").asText();

        // bad files through the gateway: refused by their bytes, nothing stored
        var exe = raw("PUT", mine + "/" + id + "/materials/LIST?fileName=list.pdf", agent, "application/pdf",
                new byte[] {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0});
        assertThat(exe.statusCode()).as(text(exe)).isEqualTo(415);
        var script = raw("PUT", mine + "/" + id + "/materials/LIST", agent, "application/pdf", pdf("/OpenAction << /JS (x) >>"));
        assertThat(script.statusCode()).as(text(script)).isEqualTo(422);
        assertThat(Db.count("intake", "select count(*) from pre_review_file where pre_review_id = ?::uuid", id)).isZero();

        var list = raw("PUT", mine + "/" + id + "/materials/LIST?fileName=list.pdf", agent, "application/pdf", PNG);
        assertThat(list.statusCode()).as(text(list)).isEqualTo(200);
        assertThat(json(list).get("contentType").asText()).isEqualTo("image/png");
        var again = raw("PUT", mine + "/" + id + "/materials/LIST?fileName=list.pdf", agent, "application/pdf", PNG);
        assertThat(text(again)).isEqualTo(text(list));
        assertThat(raw("PUT", mine + "/" + id + "/materials/LC", agent, "application/octet-stream", pdf("")).statusCode())
                .isEqualTo(200);
        var submitted = Http.post(mine + "/" + id + "/submission", agent, null);
        assertThat(submitted.status()).as(submitted.body()).isEqualTo(200);
        assertThat(submitted.json().get("dueAt").isNull()).isFalse();

        // the file comes back through the gateway as a sandboxed download of the type its bytes showed
        var back = raw("GET", mine + "/" + id + "/files/LIST", agent, null, null);
        assertThat(back.statusCode()).isEqualTo(200);
        assertThat(back.body()).isEqualTo(PNG);
        assertThat(back.headers().firstValue("Content-Type")).hasValue("image/png");
        assertThat(back.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
        assertThat(back.headers().firstValue("Content-Security-Policy").orElse("")).startsWith("sandbox");
        assertThat(back.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

        // another applicant: the same 404 as an id that does not exist
        String person = Http.freshToken("applicant1");
        assertThat(Http.get(mine + "/" + id, person).status()).isEqualTo(404);

        String reviewer = Http.freshToken("prereviewer1");
        var queue = Http.get(gw + "/api/intake/pre-reviews?status=SUBMITTED", reviewer);
        assertThat(queue.status()).as(queue.body()).isEqualTo(200);
        assertThat(queue.body()).contains(id);
        assertThat(Http.get(gw + "/api/intake/pre-reviews", Http.freshToken("clerk1")).status()).isEqualTo(403);
        var passed = Http.post(gw + "/api/intake/pre-reviews/" + id + "/answer", reviewer, Map.of("outcome", "PASSED", "comeAnyTime", true));
        assertThat(passed.status()).as(passed.body()).isEqualTo(200);

        String clerk = Http.freshToken("clerk1");
        String intake = gw + "/api/intake";
        var taken = Http.post(intake + "/cases", clerk, Map.of("preReviewId", id, "deliveryMethod", "PICKUP",
                "reviewPoints", Window.confirmedReviewPoints(intake, clerk, "HRSS-0002")));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().get("outcome").asText()).isEqualTo("SETTLED_ON_SPOT");
        String caseId = Window.caseId(taken);
        assertThat(Db.one("intake", "select status, case_id from pre_review where id = ?::uuid", id))
                .containsEntry("status", "TAKEN_IN").containsEntry("case_id", caseId);
        assertThat(Db.count("intake", "select count(*) from intake_case where case_id = ? and applicant_id = '91131025MA0A123452'",
                caseId)).isEqualTo(1);
    }

    @Test
    void aNoticeListsEverythingOnceAndASecondIsRefused() throws Exception {
        String gw = Suite.gateway();
        String person = Http.freshToken("applicant1");
        String mine = gw + "/api/intake/applicant/pre-reviews";
        var started = Http.post(mine, person, Map.of("itemCode", "CA-0001", "phone", "13812345678"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String id = started.json().get("id").asText();
        assertThat(raw("PUT", mine + "/" + id + "/materials/ID", person, "image/png", PNG).statusCode()).isEqualTo(200);
        var missing = Http.post(mine + "/" + id + "/submission", person, null);
        assertThat(missing.status()).isEqualTo(422);
        assertThat(missing.body()).contains("key-materials-missing", "HUKOU");
        assertThat(raw("PUT", mine + "/" + id + "/materials/HUKOU", person, "application/pdf", pdf("")).statusCode()).isEqualTo(200);
        assertThat(Http.post(mine + "/" + id + "/submission", person, null).status()).isEqualTo(200);

        String reviewer = Http.freshToken("prereviewer1");
        String answer = gw + "/api/intake/pre-reviews/" + id + "/answer";
        var notice = Http.post(answer, reviewer, Map.of("outcome", "NOTICE", "problems", List.of(
                Map.of("materialCode", "ID", "reason", "身份证照片模糊"), Map.of("materialCode", "PHOTO", "reason", "缺少近期免冠照片"))));
        assertThat(notice.status()).as(notice.body()).isEqualTo(200);
        var second = Http.post(answer, reviewer, Map.of("outcome", "NOTICE", "problems", List.of(
                Map.of("materialCode", "HUKOU", "reason", "首页缺失"))));
        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("notice-already-given");
        var seen = Http.get(mine + "/" + id, person);
        assertThat(seen.json().get("status").asText()).isEqualTo("NOTICE");
        assertThat(seen.body()).contains("身份证照片模糊", "缺少近期免冠照片").doesNotContain("首页缺失");
    }
}
