package cn.onewindow.intake.guide.messaging;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import java.time.Instant;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * An FAQ entry the hall admin approved from an answered enquiry (evaluation's FaqEntryApproved) reaches the public
 * service guide: found by the FAQ search and in the item's guide after the catalogue's own entries, from its approval
 * on (not in the guide as it was before), held once however often the event comes.
 */
@QuarkusTest
class ApprovedFaqInGuideTest {
    @Test
    void anApprovedEntryIsShownByThePublicGuideFromItsApprovalOn() {
        String mark = "补领" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String number = "ZX-20260615-" + mark;
        String question = "营业执照遗失后怎样" + mark + "？";
        String approvedAt = "2026-06-16T02:00:00Z";
        String json = """
                {"itemCode":"AMR-0001","question":"%s","answer":"先发布遗失公告，再到市场监管窗口申请补领。","enquiryNumber":"%s",
                 "approvedAt":"%s","actor":{"userId":"u-admin1","name":"钱坤","post":"hall-admin"}}""".formatted(question, number, approvedAt);
        String id = Events.send(Topics.EVALUATION_CASE, "faq-AMR-0001", EventTypes.FAQ_ENTRY_APPROVED, json);
        assertThat(Sql.awaitCount("select count(*) from approved_faq where enquiry_number = '" + number + "'", 1)).isEqualTo(1);
        // the same event again, and another event for the same enquiry: still one entry
        Events.send(Topics.EVALUATION_CASE, "faq-AMR-0001", id, EventTypes.FAQ_ENTRY_APPROVED, json);
        Events.send(Topics.EVALUATION_CASE, "faq-AMR-0001", EventTypes.FAQ_ENTRY_APPROVED, json.replace("先发布", "请先发布"));
        Events.awaitConsumedThrough(Topics.EVALUATION_CASE, "faq-AMR-0001", "intake-service");
        assertThat(Sql.count("select count(*) from approved_faq where enquiry_number = '" + number + "'")).isEqualTo(1);

        given().when().get("/api/guide/faq?q=" + mark).then().statusCode(200)
                .body("q", hasItem(question)).body("find { it.q == '" + question + "' }.itemCode", equalTo("AMR-0001"))
                .body("find { it.q == '" + question + "' }.a", equalTo("先发布遗失公告，再到市场监管窗口申请补领。"));
        given().when().get("/api/guide/items/AMR-0001").then().statusCode(200).body("faq.q", hasItem(question));
        given().when().get("/api/guide/items/AMR-0001?at=" + Instant.parse(approvedAt).minusSeconds(60)).then().statusCode(200)
                .body("faq.q", not(hasItem(question)));
    }
}
