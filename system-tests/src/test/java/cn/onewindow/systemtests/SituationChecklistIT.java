package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.IdentityNumbers;

/**
 * 情形 (#24, must show: "a situation choice that changes the checklist"), on the real servers through the gateway: the
 * demo's AMR-0008 (药品零售企业经营许可) asks 办理类型; 新设 and 注销 give two different checklists with their own limits, at
 * the window and in the public guide alike. A take-in for 注销 checks 注销's materials (no business licence handed in) and
 * the case gets 注销's limits: on the case, kept by intake, and on its CaseTakenIn (promisedDays 1, statutoryDays 10,
 * situationCode). A situation of another item, or none for an item with situations, is refused — nothing written.
 */
class SituationChecklistIT {
    static final Duration WAIT = Duration.ofSeconds(60);
    static final String ITEM = "AMR-0008";
    static final String NAME = "廊坊临空情形药房有限公司";

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    /** A pharmacy of its own (a valid credit code no other test uses). */
    static String company() {
        String first17 = "91131000" + String.format("%09d", ThreadLocalRandom.current().nextInt(1_000_000_000));
        return first17 + IdentityNumbers.unifiedSocialCreditCheck(first17);
    }

    static List<String> codes(JsonNode materials) {
        List<String> out = new ArrayList<>();
        materials.forEach(m -> out.add(m.get("code").asText()));
        return out;
    }

    /** The checklist's materials, ticked as the clerk ticks a complete hand-in. */
    static List<Map<String, String>> handedIn(JsonNode checklist) {
        List<Map<String, String>> out = new ArrayList<>();
        checklist.get("materials").forEach(m -> out.add(Map.of("code", m.get("code").asText(),
                "status", m.get("originalToVerify").asBoolean() ? "ORIGINAL_VERIFIED" : "PROVIDED")));
        return out;
    }

    static Http.Reply takeIn(String intake, String clerk, String item, String company, List<Map<String, String>> materials,
                             String situation) {
        var body = new HashMap<String, Object>(Map.of("itemCode", item,
                "applicant", Map.of("kind", "ORGANISATION", "name", NAME, "idNumber", company),
                "materials", materials, "deliveryMethod", "PICKUP",
                "reviewPoints", Window.confirmedReviewPoints(intake, clerk, item)));
        if (situation != null) {
            body.put("situationCode", situation);
        }
        return Http.post(intake + "/cases", clerk, body);
    }

    @Test
    void twoAnswersGiveTwoChecklistsAndTheTakeInUsesTheChosenOnesMaterialsAndLimits() {
        String gw = Suite.gateway();
        String intake = gw + "/api/intake";
        String clerk = Http.token("clerk1");

        var created = Http.get(intake + "/catalogue/items/" + ITEM + "/checklist?answers=TYPE:NEW", clerk);
        assertThat(created.status()).as(created.body()).isEqualTo(200);
        var closed = Http.get(intake + "/catalogue/items/" + ITEM + "/checklist?answers=TYPE:CANCEL", clerk);
        assertThat(closed.status()).as(closed.body()).isEqualTo(200);
        assertThat(created.json().get("situation").get("name").asText()).isEqualTo("新设");
        assertThat(closed.json().get("situation").get("name").asText()).isEqualTo("注销");
        List<String> forNew = codes(created.json().get("materials"));
        List<String> forCancel = codes(closed.json().get("materials"));
        assertThat(forNew).contains("BL", "PHARM").doesNotContain("LICENCE");
        assertThat(forCancel).contains("LICENCE").doesNotContain("BL", "PHARM");
        assertThat(created.json().get("promisedDays").asInt()).isEqualTo(10);
        assertThat(closed.json().get("promisedDays").asInt()).isEqualTo(1);
        assertThat(closed.json().get("statutoryDays").asInt()).isEqualTo(10);

        // the applicant's guide, without a login, answers the same
        var guide = Http.get(intake + "/guide/items/" + ITEM + "/checklist?answers=TYPE:CANCEL", null);
        assertThat(guide.status()).as(guide.body()).isEqualTo(200);
        assertThat(codes(guide.json().get("materials"))).isEqualTo(forCancel);

        // 注销 taken in with 注销's materials: no business licence, nothing missing
        String company = company();
        var taken = takeIn(intake, clerk, ITEM, company, handedIn(closed.json()), "CANCEL");
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String caseId = Window.caseId(taken);
        var view = Http.get(intake + "/cases/" + caseId, clerk).json();
        assertThat(view.get("situationCode").asText()).isEqualTo("CANCEL");
        assertThat(view.get("situationName").asText()).isEqualTo("注销");
        assertThat(view.get("promisedDays").asInt()).isEqualTo(1);
        assertThat(Db.count("intake", "select count(*) from intake_case where case_id = ? and situation_code = 'CANCEL' "
                + "and statutory_days = 10 and promised_days = 1", caseId)).isEqualTo(1);

        // the case's event carries the situation and its limits to routing, approval and the rest
        long end = System.nanoTime() + WAIT.toNanos();
        List<TopicReader.Event> mine = List.of();
        while (mine.isEmpty() && System.nanoTime() < end) {
            mine = TopicReader.readAll(Topics.INTAKE_CASE).stream()
                    .filter(e -> caseId.equals(e.key()) && EventTypes.CASE_TAKEN_IN.equals(e.type())).toList();
            if (mine.isEmpty()) {
                Http.sleep(500);
            }
        }
        assertThat(mine).as("CaseTakenIn of " + caseId).hasSize(1);
        JsonNode event;
        try {
            event = Http.JSON.readTree(mine.get(0).value());
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        assertThat(event.get("situationCode").asText()).isEqualTo("CANCEL");
        assertThat(event.get("promisedDays").asInt()).isEqualTo(1);
        assertThat(event.get("statutoryDays").asInt()).isEqualTo(10);
    }

    @Test
    void aSituationOfAnotherItemOrNoneIsRefusedAndNothingIsWritten() {
        String gw = Suite.gateway();
        String intake = gw + "/api/intake";
        String clerk = Http.token("clerk1");
        String company = company();
        long notices = Db.count("intake", "select count(*) from intake_notice where applicant_name = ?", NAME);

        // CANCEL is AMR-0008's situation; AMR-0001 (企业设立登记) has none
        var other = takeIn(intake, clerk, "AMR-0001", company, Window.completeChecklist(intake, clerk, "AMR-0001"), "CANCEL");
        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.json().get("code").asText()).isEqualTo("unknown-situation");
        assertThat(other.json().get("detailZh").asText()).contains("CANCEL");

        var closed = Http.get(intake + "/catalogue/items/" + ITEM + "/checklist?situation=CANCEL", clerk).json();
        var none = takeIn(intake, clerk, ITEM, company, handedIn(closed), null);
        assertThat(none.status()).as(none.body()).isEqualTo(422);
        assertThat(none.json().get("code").asText()).isEqualTo("situation-required");
        var unknown = takeIn(intake, clerk, ITEM, company, handedIn(closed), "MERGE");
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(422);
        assertThat(unknown.json().get("code").asText()).isEqualTo("unknown-situation");

        // the checklist refuses another item's answers the same way
        var answers = Http.get(intake + "/catalogue/items/AMR-0001/checklist?answers=TYPE:CANCEL", clerk);
        assertThat(answers.status()).as(answers.body()).isEqualTo(422);
        assertThat(answers.json().get("code").asText()).isEqualTo("unknown-situation");

        assertThat(Db.count("intake", "select count(*) from intake_case where applicant_id = ?", company)).isZero();
        assertThat(Db.count("intake", "select count(*) from intake_notice where applicant_name = ?", NAME)).isEqualTo(notices);
    }
}
