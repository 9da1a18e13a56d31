package cn.onewindow.evaluation.enquiry;

import static cn.onewindow.evaluation.enquiry.EnquiryWorkOrdersTest.enquiry;
import static cn.onewindow.evaluation.enquiry.EnquiryWorkOrdersTest.post;
import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;

import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.quarkus.test.security.oidc.Claim;
import io.quarkus.test.security.oidc.OidcSecurity;

/**
 * The FAQ grows from answered enquiries: the desk proposes one in edited wording (the raw texts are refused), once;
 * the hall admin approves it once — in their own wording if they like — and FaqEntryApproved goes out in the same
 * transaction; a rejection says why and sends nothing.
 */
@QuarkusTest
class FaqFromEnquiriesTest {
    static final String EDITED_Q = "营业执照遗失后怎样补领？";
    static final String EDITED_A = "先在国家企业信用信息公示系统发布遗失公告，再持补领申请书到市场监管窗口申请补领。";

    /** A proposal made as the desk would make it, waiting for the admin. */
    static long proposal(String number) {
        return Long.parseLong(Sql.text("insert into faq_proposal (enquiry_number, item_code, question, answer, proposed_by,"
                + " proposed_by_id, proposed_at, status) values ('" + number + "', 'AMR-0001', '" + EDITED_Q + "', '" + EDITED_A
                + "', '罗勇', 'u-enquiry1', now(), 'PENDING') returning id"));
    }

    @Test
    @TestSecurity(user = "enquiry1", roles = "enquiry-desk")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "u-enquiry1"), @Claim(key = "family_name", value = "罗"),
            @Claim(key = "given_name", value = "勇")})
    void theDeskProposesAnAnsweredEnquiryInEditedWordingOnce() {
        String unanswered = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", false);
        post("/api/enquiries/" + unanswered + "/faq-proposal", Map.of("question", EDITED_Q, "answer", EDITED_A))
                .statusCode(409).body("code", equalTo("not-answered"));

        String number = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", true);
        // the enquirer's question copied (a full stop added is no edit), and the department's answer copied
        post("/api/enquiries/" + number + "/faq-proposal", Map.of("question", "个体户变更经营范围要带什么材料？。", "answer", EDITED_A))
                .statusCode(422).body("code", equalTo("faq-not-edited"));
        post("/api/enquiries/" + number + "/faq-proposal", Map.of("question", EDITED_Q, "answer", "需带营业执照正本和变更申请书"))
                .statusCode(422).body("code", equalTo("faq-not-edited"));
        post("/api/enquiries/" + number + "/faq-proposal", Map.of("question", " ", "answer", EDITED_A)).statusCode(400);
        assertThat(Sql.count("select count(*) from faq_proposal where enquiry_number = '" + number + "'")).isZero();

        long id = ((Number) post("/api/enquiries/" + number + "/faq-proposal", Map.of("question", EDITED_Q, "answer", EDITED_A))
                .statusCode(201).body("status", equalTo("PENDING")).body("proposedBy", equalTo("罗勇"))
                .body("enquiryQuestion", equalTo("个体户变更经营范围要带什么材料？")).extract().path("id")).longValue();
        post("/api/enquiries/" + number + "/faq-proposal", Map.of("question", EDITED_Q, "answer", EDITED_A))
                .statusCode(409).body("code", equalTo("faq-already-proposed"));
        given().when().get("/api/faq-proposals").then().statusCode(200).body("id", hasItem((int) id));
        // the admin's decision is not the desk's
        post("/api/faq-proposals/" + id + "/approval", Map.of("decision", "APPROVE")).statusCode(403);
    }

    @Test
    @TestSecurity(user = "admin1", roles = "hall-admin")
    @OidcSecurity(claims = {@Claim(key = "sub", value = "u-admin1"), @Claim(key = "family_name", value = "钱"),
            @Claim(key = "given_name", value = "坤")})
    void theHallAdminApprovesOnceAndTheEntryIsPublished() {
        String number = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", true);
        long id = proposal(number);
        String ownWording = "营业执照丢了怎么办？";
        post("/api/faq-proposals/" + id + "/approval", Map.of("decision", "APPROVE", "question", ownWording))
                .statusCode(200).body("status", equalTo("APPROVED")).body("question", equalTo(ownWording))
                .body("answer", equalTo(EDITED_A)).body("decidedBy", equalTo("钱坤"));
        assertThat(Sql.count("select count(*) from outbox_event where event_type = '" + EventTypes.FAQ_ENTRY_APPROVED
                + "' and aggregate_id = 'faq-AMR-0001' and payload::text like '%" + number + "%' and payload::text like '%"
                + ownWording + "%'")).isEqualTo(1);
        post("/api/faq-proposals/" + id + "/approval", Map.of("decision", "REJECT", "note", "重复")).statusCode(409)
                .body("code", equalTo("faq-already-decided"));
    }

    @Test
    @TestSecurity(user = "admin1", roles = "hall-admin")
    void aRejectionSaysWhyAndPublishesNothing() {
        String number = enquiry("AMR", "2026-06-15T02:00:00Z", "2026-06-18T16:00:00Z", true);
        long id = proposal(number);
        post("/api/faq-proposals/" + id + "/approval", Map.of("decision", "REJECT")).statusCode(400)
                .body("code", equalTo("note-required"));
        // the admin's own wording may not bring the raw enquiry back either
        post("/api/faq-proposals/" + id + "/approval", Map.of("decision", "APPROVE", "question", "个体户变更经营范围要带什么材料？"))
                .statusCode(422).body("code", equalTo("faq-not-edited"));
        assertThat(Sql.text("select status from faq_proposal where id = " + id)).isEqualTo("PENDING");
        post("/api/faq-proposals/" + id + "/approval", Map.of("decision", "REJECT", "note", "已有相同问题")).statusCode(200)
                .body("status", equalTo("REJECTED")).body("decisionNote", equalTo("已有相同问题"));
        assertThat(Sql.count("select count(*) from outbox_event where event_type = '" + EventTypes.FAQ_ENTRY_APPROVED
                + "' and payload::text like '%" + number + "%'")).isZero();
    }
}
