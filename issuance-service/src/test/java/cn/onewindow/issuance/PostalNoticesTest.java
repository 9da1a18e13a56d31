package cn.onewindow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import io.quarkus.test.junit.QuarkusTest;

/**
 * 快递寄送材料 (#23 item 6): the applicant of a postal application is not in the hall, so a supplement request
 * (补正告知) the window would hand over is sent to the contact intake recorded — once per request. An applicant who came
 * to the window is told there: no notice is queued for them.
 */
@QuarkusTest
class PostalNoticesTest {
    static String supplement(String caseId) {
        return """
                {"caseId":"%s","departmentCode":"HPF","materials":[{"code":"CONTRACT","name":"购房合同","problem":"缺少签字页"}],
                 "requestedAt":"2026-12-17T02:00:00Z","actor":{"userId":"reviewer-hpf","post":"department-reviewer"}}"""
                .formatted(caseId);
    }

    @Test
    void aPostalApplicantIsSentTheSupplementRequestOnceAndAWalkInApplicantIsToldAtTheWindow() {
        String postal = "T-" + UUID.randomUUID();
        String walkIn = "T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CONTACT, postal, EventTypes.CONTACT_RECORDED,
                "{\"caseId\":\"" + postal + "\",\"phone\":\"13912345678\",\"channel\":\"POST\"}");
        Events.send(Topics.INTAKE_CONTACT, walkIn, EventTypes.CONTACT_RECORDED,
                "{\"caseId\":\"" + walkIn + "\",\"phone\":\"13812345678\"}");
        assertThat(Sql.awaitCount("select count(*) from applicant_contact where case_id in ('" + postal + "', '" + walkIn + "')", 2))
                .isEqualTo(2);

        String first = Events.send(Topics.APPROVAL_CASE, postal, EventTypes.SUPPLEMENT_REQUESTED, supplement(postal));
        assertThat(Sql.awaitCount("select count(*) from notification where case_id = '" + postal + "'", 1)).isEqualTo(1);
        assertThat(Sql.text("select body from notification where case_id = '" + postal + "'"))
                .contains("补正告知", postal, "购房合同（缺少签字页）", "寄回");
        // the same request again (a redelivery under a new id): still one notice
        String again = Events.send(Topics.APPROVAL_CASE, postal, EventTypes.SUPPLEMENT_REQUESTED, supplement(postal));
        String walkInRequest = Events.send(Topics.APPROVAL_CASE, walkIn, EventTypes.SUPPLEMENT_REQUESTED, supplement(walkIn));
        for (String id : new String[] {first, again, walkInRequest}) {
            assertThat(Sql.awaitCount("select count(*) from processed_event where consumer = 'issuance-service' and event_id = '"
                    + id + "'", 1)).isEqualTo(1);
        }
        assertThat(Sql.count("select count(*) from notification where case_id = '" + postal + "'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from notification where case_id = '" + walkIn + "'")).isZero();
    }

    @Test
    void aSupplementRequestReadBeforeTheContactWaitsForItToSeeWhereTheApplicantIs() {
        String postal = "T-" + UUID.randomUUID();
        String walkIn = "T-" + UUID.randomUUID();
        for (String c : new String[] {postal, walkIn}) {
            String id = Events.send(Topics.APPROVAL_CASE, c, EventTypes.SUPPLEMENT_REQUESTED, supplement(c));
            assertThat(Sql.awaitCount("select count(*) from processed_event where consumer = 'issuance-service' and event_id = '"
                    + id + "'", 1)).isEqualTo(1);
        }
        assertThat(Sql.count(FeeNoticeTest.due(postal))).isZero();
        Events.send(Topics.INTAKE_CONTACT, postal, EventTypes.CONTACT_RECORDED,
                "{\"caseId\":\"" + postal + "\",\"phone\":\"13912345678\",\"channel\":\"POST\"}");
        Events.send(Topics.INTAKE_CONTACT, walkIn, EventTypes.CONTACT_RECORDED,
                "{\"caseId\":\"" + walkIn + "\",\"phone\":\"13812345678\"}");
        assertThat(Sql.awaitCount(FeeNoticeTest.due(postal), 1)).as("a postal applicant is sent it").isEqualTo(1);
        assertThat(Sql.awaitCount("select count(*) from notification where case_id = '" + walkIn + "'", 0))
                .as("an applicant at the window is told there").isZero();
    }
}
