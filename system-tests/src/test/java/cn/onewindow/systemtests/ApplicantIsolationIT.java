package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 申请人只见自己的 (#23, must show: "an applicant refused on every other applicant's case"), through the gateway with
 * the demo realm's applicants. A person (applicant1) has a case the window took in under her own ID number, carried to
 * its result (at the issuance window, notice sent) and e-certificate, and a pre-review with one file. An organisation's
 * agent (applicant2) gets, on every applicant operation that takes an id, exactly the answer an id that does not exist
 * gets, and finds none of hers in any of his lists; she finds them all in hers. Neither gets past the gateway to a staff
 * operation, not even on her own case.
 */
class ApplicantIsolationIT {
    static final Duration WAIT = Duration.ofSeconds(60);
    // applicant1's real-name identity (deploy/keycloak/make-realm.py): the window files her case under this number
    static final String NAME = "李晓梅";
    static final String ID_NUMBER = "13102519880315004X";

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    /** One applicant operation on an id: {@code url} with %s for it, and the request's body, if any. */
    record Op(String method, String url, String theirs, String unknown, String type, byte[] body) {
        @Override
        public String toString() {
            return method + " " + url.formatted("{id}");
        }
    }

    @Test
    void anApplicantIsRefusedOnEveryOtherApplicantsCase() throws Exception {
        String gw = Suite.gateway();
        String intake = gw + "/api/intake";
        String person = Http.freshToken("applicant1");
        String agent = Http.freshToken("applicant2");
        assertThat(Http.claims(person).path("id_number").asText()).isEqualTo(ID_NUMBER);
        assertThat(Http.claims(agent).path("applicant_kind").asText()).isEqualTo("ORGANISATION");

        // her case: taken in at the window, approved by TAX, at the issuance window (her notice), an e-certificate
        String clerk = Http.token("clerk1");
        var taken = Window.takeIn(intake, clerk, "TAX-0002", "PERSON", NAME, ID_NUMBER);
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String caseId = Window.caseId(taken);
        String reviewer = Http.token("reviewer.tax");
        Http.await(gw + "/api/approval/department/cases/" + caseId, reviewer, r -> r.status() == 200, WAIT);
        var decided = Http.post(gw + "/api/approval/department/cases/" + caseId + "/decision", reviewer,
                Map.of("outcome", "APPROVED", "resultKind", "CERTIFICATE", "resultTitle", "发票领用核定通知"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);
        Http.await(gw + "/api/issuance/issuance/" + caseId, Http.token("issuer1"), r -> r.status() == 200, WAIT);
        var arrived = Http.post(gw + "/api/issuance/issuance/" + caseId + "/arrival", reviewer, Map.of());
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        String certificate = "EC-" + caseId;

        // her pre-review, a draft with one file
        String preReviews = intake + "/applicant/pre-reviews";
        var started = Http.post(preReviews, person, Map.of("itemCode", "CA-0001", "phone", "13812345678"));
        assertThat(started.status()).as(started.body()).isEqualTo(201);
        String preReview = started.json().get("id").asText();
        var uploaded = send("PUT", preReviews + "/" + preReview + "/materials/ID", person, "image/png", PreReviewFlowIT.PNG);
        assertThat(uploaded.status()).as(uploaded.body()).isEqualTo(200);

        // she sees all of it: her lists (issuance's once its copies have the case), her case, her pre-review and its file
        String cases = intake + "/applicant/cases";
        String notices = gw + "/api/issuance/applicant/notices";
        String certificates = gw + "/api/issuance/applicant/certificates";
        assertThat(ids(Http.get(cases, person), "caseId")).contains(caseId);
        assertThat(ids(Http.get(preReviews, person), "id")).contains(preReview);
        Http.await(notices, person, r -> r.status() == 200 && ids(r, "caseId").contains(caseId), WAIT);
        Http.await(certificates, person, r -> r.status() == 200 && ids(r, "certificateId").contains(certificate), WAIT);
        var own = send("GET", cases + "/" + caseId, person, null, null);
        assertThat(own.status()).as(own.body()).isEqualTo(200);
        assertThat(own.json().get("caseId").asText()).isEqualTo(caseId);
        assertThat(send("GET", preReviews + "/" + preReview, person, null, null).status()).isEqualTo(200);
        assertThat(send("GET", preReviews + "/" + preReview + "/files/ID", person, null, null).status()).isEqualTo(200);

        // every applicant operation on an id: on hers, applicant2 gets exactly what an id that does not exist gets
        String noCase = ApiOperations.NO_CASE;
        String noPreReview = UUID.randomUUID().toString();
        byte[] none = "null".getBytes(StandardCharsets.UTF_8);
        List<Op> ops = List.of(
                new Op("GET", cases + "/%s", caseId, noCase, null, null),
                new Op("GET", preReviews + "/%s", preReview, noPreReview, null, null),
                new Op("PUT", preReviews + "/%s/materials/ID", preReview, noPreReview, "image/png", PreReviewFlowIT.PNG),
                new Op("PUT", preReviews + "/%s/materials/HUKOU", preReview, noPreReview, "application/pdf",
                        PreReviewFlowIT.pdf("")),
                new Op("GET", preReviews + "/%s/files/ID", preReview, noPreReview, null, null),
                new Op("POST", preReviews + "/%s/submission", preReview, noPreReview, "application/json", none));
        SoftAssertions soft = new SoftAssertions();
        for (Op op : ops) {
            var theirs = send(op.method(), op.url().formatted(op.theirs()), agent, op.type(), op.body());
            var unknown = send(op.method(), op.url().formatted(op.unknown()), agent, op.type(), op.body());
            soft.assertThat(unknown.status()).as(op + " on an id that does not exist: " + unknown.body()).isEqualTo(404);
            soft.assertThat(theirs.status()).as(op + " on applicant1's: " + theirs.body()).isEqualTo(unknown.status());
            soft.assertThat(code(theirs)).as(op + " on applicant1's: " + theirs.body()).isEqualTo(code(unknown));
            soft.assertThat(theirs.body()).as(op + " on applicant1's").doesNotContain(NAME, ID_NUMBER, "CA-0001", "TAX-0002");
        }
        // and his lists hold nothing of hers
        for (String list : List.of(cases, notices, certificates, preReviews)) {
            var his = Http.get(list, agent);
            soft.assertThat(his.status()).as(list + ": " + his.body()).isEqualTo(200);
            soft.assertThat(his.body()).as(list).doesNotContain(caseId, certificate, preReview, NAME, ID_NUMBER);
        }
        soft.assertAll();
        // nothing he sent reached her pre-review: still her draft, with her one file
        assertThat(Db.count("intake", "select count(*) from pre_review_file where pre_review_id = ?::uuid", preReview)).isEqualTo(1);
        assertThat(Db.one("intake", "select status from pre_review where id = ?::uuid", preReview)).containsEntry("status", "DRAFT");
        // her own submission does reach it: refused only for the key material she has not uploaded yet
        var mine = send("POST", preReviews + "/" + preReview + "/submission", person, "application/json", none);
        assertThat(mine.status()).as(mine.body()).isEqualTo(422);
        assertThat(mine.body()).contains("key-materials-missing", "HUKOU");

        // neither applicant gets past the gateway to the staff's operations, not even on her own case
        long filed = Db.count("intake", "select count(*) from intake_case where applicant_id = ?", ID_NUMBER);
        for (var login : Map.of("applicant1", person, "applicant2", agent).entrySet()) {
            Map<String, Http.Reply> staff = new LinkedHashMap<>();
            staff.put("GET /api/intake/cases/{caseId}", Http.get(intake + "/cases/" + caseId, login.getValue()));
            staff.put("GET /api/timeline/{caseId}", Http.get(gw + "/api/timeline/" + caseId, login.getValue()));
            staff.put("GET /api/issuance/issuance/{caseId}/certificate",
                    Http.get(gw + "/api/issuance/issuance/" + caseId + "/certificate", login.getValue()));
            staff.put("POST /api/intake/cases", Http.post(intake + "/cases", login.getValue(), Map.of("itemCode", "TAX-0002",
                    "applicant", Map.of("kind", "PERSON", "name", NAME, "idNumber", ID_NUMBER),
                    "materials", Window.completeChecklist(intake, clerk, "TAX-0002"), "deliveryMethod", "PICKUP",
                    "reviewPoints", Window.confirmedReviewPoints(intake, clerk, "TAX-0002"))));
            for (var r : staff.entrySet()) {
                assertThat(r.getValue().status()).as(r.getKey() + " as " + login.getKey() + ": " + r.getValue().body()).isEqualTo(403);
                assertThat(code(r.getValue())).as(r.getKey() + " as " + login.getKey()).isIn("applicant-not-staff", "forbidden");
            }
        }
        assertThat(Db.count("intake", "select count(*) from intake_case where applicant_id = ?", ID_NUMBER)).isEqualTo(filed);
    }

    /** A call as PreReviewFlowIT makes it (raw bytes, Accept {@code *}{@code /*}), read as text. */
    static Http.Reply send(String method, String url, String token, String type, byte[] body) throws Exception {
        var r = PreReviewFlowIT.raw(method, url, token, type, body);
        return new Http.Reply(r.statusCode(), new String(r.body(), StandardCharsets.UTF_8));
    }

    /** The problem's code (null when the answer has none). */
    static String code(Http.Reply r) {
        return r.json().path("code").asText(null);
    }

    /** One field of every element of a JSON array answer. */
    static List<String> ids(Http.Reply r, String field) {
        return StreamSupport.stream(r.json().spliterator(), false).map(n -> n.path(field).asText()).toList();
    }
}
