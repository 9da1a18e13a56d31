package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;

/**
 * 窗口无否决权 (#24 item 6) through the gateway, on the real servers: a window clerk's return is answered 202 — under
 * review, no notice — until the mid desk signs it off; the notice exists only after CONFIRM. A clerk cannot decide
 * (403), nobody decides their own (403), a sign-off is decided once (409). A 容缺 refusal overruled by the chief
 * representative is then taken in, once, for the same file only.
 */
class WindowSignOffIT {
    static final String PERSON = "11010519491231002X";
    static final String ORG = "91350100M000100Y43";

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    static Map<String, Object> takeIn(String intake, String token, String item, String kind, String id,
                                      List<Map<String, String>> materials, Map<String, Object> extra) {
        var body = new HashMap<String, Object>(Map.of("itemCode", item,
                "applicant", Map.of("kind", kind, "name", "审核系统测试", "idNumber", id), "materials", materials,
                "deliveryMethod", "PICKUP", "reviewPoints", Window.confirmedReviewPoints(intake, token, item)));
        body.putAll(extra);
        return body;
    }

    @Test
    void aReturnWaitsForTheSignOffAndItsNoticeExistsOnlyAfterTheConfirmation() {
        String gw = Suite.gateway();
        String intake = gw + "/api/intake";
        String clerk = Http.token("clerk1");
        String reason = "申请事项属于市级权限，不属于本中心受理范围（" + UUID.randomUUID().toString().substring(0, 8) + "）";

        var returned = Http.post(intake + "/cases", clerk, takeIn(intake, clerk, "AMR-0003", "PERSON", PERSON,
                Window.completeChecklist(intake, clerk, "AMR-0003"), Map.of("outOfScopeReason", reason)));
        assertThat(returned.status()).as(returned.body()).isEqualTo(202);
        assertThat(returned.json().get("status").asText()).isEqualTo("PENDING_SIGN_OFF");
        assertThat(returned.json().get("applicantMessageZh").asText()).contains("正在审核");
        assertThat(returned.json().path("noticeNumber").isMissingNode() || returned.json().get("noticeNumber").isNull()).isTrue();
        String id = returned.json().get("signOffId").asText();
        assertThat(returned.json().get("dueAt").asText()).isNotBlank();
        // nothing refused yet: no notice says the reason
        assertThat(Db.count("intake", "select count(*) from intake_notice where content like ?", "%" + reason + "%")).isZero();

        // the clerk follows it, but decides nothing and sees no desk
        assertThat(Http.get(intake + "/sign-offs/" + id, clerk).json().get("status").asText()).isEqualTo("PENDING");
        var byClerk = Http.post(intake + "/sign-offs/" + id + "/decision", clerk, Map.of("decision", "CONFIRM", "reasons", "同意退回"));
        assertThat(byClerk.status()).as(byClerk.body()).isEqualTo(403);
        assertThat(Http.get(intake + "/sign-offs", clerk).status()).isEqualTo(403);
        assertThat(Db.count("intake", "select count(*) from intake_notice where content like ?", "%" + reason + "%")).isZero();

        // the mid desk sees it on its desk and confirms: now the return notice is issued, in the window's name
        String mid = Http.token("middesk1");
        var desk = Http.get(intake + "/sign-offs", mid);
        assertThat(desk.status()).as(desk.body()).isEqualTo(200);
        List<String> ids = new ArrayList<>();
        desk.json().forEach(s -> ids.add(s.get("id").asText()));
        assertThat(ids).contains(id);
        var confirmed = Http.post(intake + "/sign-offs/" + id + "/decision", mid, Map.of("decision", "CONFIRM", "reasons", "核实属实，同意退回"));
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(200);
        assertThat(confirmed.json().get("status").asText()).isEqualTo("CONFIRMED");
        String number = confirmed.json().get("noticeNumber").asText();
        assertThat(number).startsWith("DX-N-");
        assertThat(Db.count("intake", "select count(*) from intake_notice where notice_number = ? and kind = 'RETURN_NOTICE' "
                + "and content like ?", number, "%" + reason + "%")).isEqualTo(1);
        assertThat(Http.get(intake + "/notices/" + number + "/document", clerk, "application/pdf").status()).isEqualTo(200);
        // both acts are events of the intake topic, trailed with their actor
        assertThat(Db.count("intake", "select count(*) from outbox_event where aggregate_id = ? and event_type in (?, ?)", id,
                EventTypes.SIGN_OFF_REQUESTED, EventTypes.SIGN_OFF_DECIDED)).isEqualTo(2);
        assertThat(Db.count("intake", "select count(*) from trail_entry where aggregate_id = ? and actor_post in ('window-clerk', 'mid-desk')",
                id)).isEqualTo(2);

        // once
        var again = Http.post(intake + "/sign-offs/" + id + "/decision", mid, Map.of("decision", "OVERRULE", "reasons", "改为受理"));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertThat(again.json().get("code").asText()).isEqualTo("sign-off-decided");

        // the mid desk's own return waits for someone else
        var own = Http.post(intake + "/cases", mid, takeIn(intake, mid, "AMR-0003", "PERSON", PERSON,
                Window.completeChecklist(intake, mid, "AMR-0003"), Map.of("outOfScopeReason", reason + "（中台）")));
        assertThat(own.status()).as(own.body()).isEqualTo(202);
        var ownDecision = Http.post(intake + "/sign-offs/" + own.json().get("signOffId").asText() + "/decision", mid,
                Map.of("decision", "CONFIRM", "reasons", "同意"));
        assertThat(ownDecision.status()).as(ownDecision.body()).isEqualTo(403);
        assertThat(ownDecision.json().get("code").asText()).isEqualTo("own-sign-off");
    }

    @Test
    void anOverruledRefusalIsTakenInOnceForTheSameFileOnly() {
        String gw = Suite.gateway();
        String intake = gw + "/api/intake";
        String clerk = Http.token("clerk1");
        // 企业设立登记 without the articles of association (a key material) and the address proof: 容缺 is refused
        List<Map<String, String>> lacking = new ArrayList<>();
        for (var m : Window.completeChecklist(intake, clerk, "AMR-0001")) {
            String code = m.get("code");
            lacking.add(Map.of("code", code, "status", switch (code) {
                case "AOA", "ADDR" -> "MISSING";
                case "POA" -> "NOT_APPLICABLE";
                default -> m.get("status");
            }));
        }
        Map<String, Object> deferral = Map.of("deferral", Map.of("commitmentSigned", true));
        var refused = Http.post(intake + "/cases", clerk, takeIn(intake, clerk, "AMR-0001", "ORGANISATION", ORG, lacking, deferral));
        assertThat(refused.status()).as(refused.body()).isEqualTo(202);
        assertThat(refused.json().get("kind").asText()).isEqualTo("DEFERRAL_REFUSED");
        String id = refused.json().get("signOffId").asText();

        // the chief representative of the item's department overrules the refusal
        var overruled = Http.post(intake + "/sign-offs/" + id + "/decision", Http.token("chief.amr"),
                Map.of("decision", "OVERRULE", "reasons", "章程可于一个工作日内补交，准予容缺"));
        assertThat(overruled.status()).as(overruled.body()).isEqualTo(200);
        assertThat(overruled.json().get("status").asText()).isEqualTo("OVERRULED");
        assertThat(overruled.json().path("noticeNumber").isNull() || overruled.json().path("noticeNumber").isMissingNode()).isTrue();

        // another applicant's file is not the overruled one: refused, nothing written
        long cases = Db.count("intake", "select count(*) from intake_case");
        var withOverrule = new HashMap<String, Object>(deferral);
        withOverrule.put("overruledSignOffId", id);
        var other = Http.post(intake + "/cases", clerk, takeIn(intake, clerk, "AMR-0001", "ORGANISATION", "91131025MA0A123452",
                lacking, withOverrule));
        assertThat(other.status()).as(other.body()).isEqualTo(422);
        assertThat(other.json().get("code").asText()).isEqualTo("sign-off-other-file");
        assertThat(Db.count("intake", "select count(*) from intake_case")).isEqualTo(cases);

        var taken = Http.post(intake + "/cases", clerk, takeIn(intake, clerk, "AMR-0001", "ORGANISATION", ORG, lacking, withOverrule));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        assertThat(taken.json().get("outcome").asText()).isEqualTo("ACCEPTED_WITH_DEFERRED_MATERIALS");
        String caseId = Window.caseId(taken);
        assertThat(Db.count("intake", "select count(*) from sign_off where id = ?::uuid and used_case_id = ?", id, caseId)).isEqualTo(1);

        var twice = Http.post(intake + "/cases", clerk, takeIn(intake, clerk, "AMR-0001", "ORGANISATION", ORG, lacking, withOverrule));
        assertThat(twice.status()).as(twice.body()).isEqualTo(409);
        assertThat(twice.json().get("code").asText()).isEqualTo("sign-off-used");
    }
}
