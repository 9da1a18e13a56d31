package cn.onewindow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 承诺不实 (#23, item 5): approval's commitment-found-false, read from its topic as approval sends it, revokes the case's
 * e-certificate with the finding as the reason and COMMITMENT_FOUND_FALSE as the source — once, whether the event comes
 * again (a redelivery) or a second material of the same case is found false too. Real PostgreSQL and Kafka.
 */
@QuarkusTest
class FalseCommitmentRevocationTest {
    static String found(String caseId, String material, String note) {
        return """
                {"caseId":"%s","materialCode":"%s","note":"%s","departmentCode":"AMR","foundAt":"2027-01-05T03:00:00Z",
                 "actor":{"userId":"u-rev","username":"reviewer.amr","name":"审批员","post":"department-reviewer",
                 "department":"AMR"}}""".formatted(caseId, material, note);
    }

    @Test
    void theCertificateOfACaseWhoseCommitmentWasFoundFalseIsRevokedOnce() {
        String caseId = CertificateRevocationTest.approved(CertificateRevocationTest.itemCode(), "AMR");
        String id = "EC-" + caseId;
        assertThat(CertificateRevocationTest.verification(caseId).getBoolean("valid")).isTrue();

        String first = found(caseId, "ADDR", "住所为虚构地址，现场核查无此门牌");
        String eventId = Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.COMMITMENT_FOUND_FALSE, first);
        Events.send(Topics.APPROVAL_CASE, caseId, eventId, EventTypes.COMMITMENT_FOUND_FALSE, first); // redelivered
        Events.send(Topics.APPROVAL_CASE, caseId, EventTypes.COMMITMENT_FOUND_FALSE, found(caseId, "HEALTH", "健康证明系伪造"));
        assertThat(Sql.awaitCount("select count(*) from e_certificate where id = '" + id + "' and revoked_at is not null", 1))
                .isEqualTo(1);
        Events.awaitConsumedThrough(Topics.APPROVAL_CASE, caseId, "issuance-service");

        assertThat(Sql.text("select revocation_source || '|' || revocation_reason || '|' || revoked_by_post from e_certificate "
                + "where id = '" + id + "'")).isEqualTo("COMMITMENT_FOUND_FALSE|告知承诺不实（材料ADDR，AMR核查）：住所为虚构地址，现场核查无此门牌"
                + "|department-reviewer");
        assertThat(Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '"
                + EventTypes.CERTIFICATE_REVOKED + "'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from processed_event where consumer = 'issuance-service' and event_id = '"
                + eventId + "'")).isEqualTo(1);
        var verified = CertificateRevocationTest.verification(caseId);
        assertThat(verified.getBoolean("valid")).isFalse();
        assertThat(verified.getString("certificate.status")).isEqualTo("REVOKED");
    }
}
