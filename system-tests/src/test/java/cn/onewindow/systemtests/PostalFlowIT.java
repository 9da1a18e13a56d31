package cn.onewindow.systemtests;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * 快递寄送材料 and 缴费通知 (#23 items 6 and 7) across the services, on the real servers: the hall signs for a parcel and
 * registers it, the window takes it in without the applicant (taken in then; the working-day limits count from the
 * registration), the department
 * sets a fee (the applicant is sent the fee notice) and, once paid, approves; the result goes back by express mail and
 * the applicant is told by notice — nothing is handed over "at the window".
 */
class PostalFlowIT {
    static final Duration WAIT = Duration.ofSeconds(30);
    static final String ORG = "91350100M000100Y43";

    @BeforeAll
    static void suite() {
        Suite.start();
    }

    @Test
    void aPostalApplicationGoesFromTheParcelToDeliveryByPost() throws Exception {
        String gw = Suite.gateway();
        String runner = Http.token("runner1");
        String waybill = "SF" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase();
        var registered = Http.post(gw + "/api/intake/parcels", runner, Map.of(
                "waybill", Map.of("carrier", "顺丰速运", "number", waybill),
                "sender", Map.of("name", "廊坊临空餐饮管理有限公司", "phone", "13912345678", "address", "廊坊市广阳区新华路1号"),
                "contents", java.util.List.of("设立登记申请书", "公司章程", "法定代表人身份证明"), "itemCode", "AMR-0001"));
        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        String parcelId = registered.json().get("id").asText();
        Thread.sleep(1_000); // the take-in comes later than the registration: the two instants must stay apart

        String clerk = Http.token("clerk1");
        String intake = gw + "/api/intake";
        var taken = Http.post(intake + "/cases", clerk, Map.of("itemCode", "AMR-0001",
                "applicant", Map.of("kind", "ORGANISATION", "name", "廊坊临空餐饮管理有限公司", "idNumber", ORG),
                "materials", Window.completeChecklist(intake, clerk, "AMR-0001"), "deliveryMethod", "EXPRESS_MAIL",
                "reviewPoints", Window.confirmedReviewPoints(intake, clerk, "AMR-0001"), "parcelId", parcelId));
        assertThat(taken.status()).as(taken.body()).isEqualTo(201);
        String caseId = Window.caseId(taken);
        var parcel = Db.one("intake", "select status, case_id, registered_at, taken_in_at from parcel where id = ?::uuid", parcelId);
        assertThat(parcel).containsEntry("status", "TAKEN_IN").containsEntry("case_id", caseId);
        // intake's case was taken in at the take-in (the ledger, the transfer limit count from it), after the registration
        assertThat(Db.count("intake", "select count(*) from intake_case c, parcel p where c.case_id = ? and p.id = ?::uuid "
                + "and c.accepted_at <= p.taken_in_at and c.accepted_at > p.registered_at "
                + "and c.delivery_address = '廊坊市广阳区新华路1号'", caseId, parcelId)).isEqualTo(1);

        // the department's working-day clock starts from the registration, not from the take-in a second later
        String reviewer = Http.token("reviewer.amr");
        String base = gw + "/api/approval/department/cases/" + caseId;
        Http.await(base, reviewer, r -> r.status() == 200, WAIT);
        var approvalCase = Db.one("approval", "select accepted_at, clock_start from approval_case where case_id = ?", caseId);
        assertThat(approvalCase.get("clock_start")).isEqualTo(parcel.get("registered_at"));
        assertThat(approvalCase.get("accepted_at"))
                .isEqualTo(Db.one("intake", "select accepted_at from intake_case where case_id = ?", caseId).get("accepted_at"));

        // a fee: the applicant is sent the fee notice (by the hall's channel, to the sender's phone); the clock waits.
        // (The contact travels on its own topic; a fee set within the same second would wait for it: FeeNoticeTest.)
        Http.await(base, reviewer, r -> Db.count("issuance", "select count(*) from applicant_contact where case_id = ?", caseId) == 1,
                WAIT);
        var fee = Http.post(base + "/steps", reviewer, Map.of("kind", "FEE", "note", "执照工本费", "amountCents", 5000));
        assertThat(fee.status()).as(fee.body()).isEqualTo(200);
        Http.await(gw + "/api/approval/department/cases/" + caseId, reviewer,
                r -> Db.count("issuance", "select count(*) from notification where case_id = ? and kind like 'FEE_NOTICE:%'", caseId) == 1,
                WAIT);
        assertThat(Db.one("issuance", "select body from notification where case_id = ? and kind like 'FEE_NOTICE:%'", caseId)
                .get("body").toString()).contains("50.00元", "执照工本费", "缴费方式");
        assertThat(Db.one("issuance", "select phone, channel from applicant_contact where case_id = ?", caseId))
                .containsEntry("phone", "13912345678").containsEntry("channel", "POST");
        var paid = Http.post(base + "/payments", reviewer, Map.of("amountCents", 5000, "reference", "PAY-" + waybill));
        assertThat(paid.status()).as(paid.body()).isEqualTo(200);
        var decided = Http.post(base + "/decision", reviewer,
                Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照"));
        assertThat(decided.status()).as(decided.body()).isEqualTo(200);

        // ready, then mailed and delivered: the applicant's notice says it comes by post
        String issuer = Http.token("issuer1");
        String record = gw + "/api/issuance/issuance/" + caseId;
        Http.await(record, issuer, r -> r.status() == 200, WAIT);
        var arrived = Http.post(record + "/arrival", reviewer, Map.of());
        assertThat(arrived.status()).as(arrived.body()).isEqualTo(200);
        assertThat(Db.one("issuance", "select body from notification where case_id = ? and kind = 'RESULT_READY'", caseId)
                .get("body").toString()).contains("邮寄").doesNotContain("窗口领取");
        var mailed = Http.post(record + "/mailing", issuer, Map.of("carrier", "EMS", "waybill", "EMS" + waybill));
        assertThat(mailed.status()).as(mailed.body()).isEqualTo(200);
        var delivered = Http.post(record + "/tracking", issuer, Map.of("status", "DELIVERED"));
        assertThat(delivered.status()).as(delivered.body()).isEqualTo(200);
        assertThat(Db.one("issuance", "select status, delivery_method from issuance_record where case_id = ?", caseId))
                .containsEntry("status", "DELIVERED").containsEntry("delivery_method", "EXPRESS_MAIL");
        // the same parcel cannot become a second case
        var again = Http.post(intake + "/cases", clerk, Map.of("itemCode", "AMR-0001",
                "applicant", Map.of("kind", "ORGANISATION", "name", "廊坊临空餐饮管理有限公司", "idNumber", ORG),
                "materials", Window.completeChecklist(intake, clerk, "AMR-0001"), "deliveryMethod", "EXPRESS_MAIL",
                "reviewPoints", Window.confirmedReviewPoints(intake, clerk, "AMR-0001"), "parcelId", parcelId));
        assertThat(again.status()).as(again.body()).isEqualTo(409);
    }
}
