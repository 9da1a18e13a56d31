package cn.onewindow.approval.joint;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;

/** JOINT and FORWARDED items and cases as the catalogue and routing would send them to approval. */
final class JointCases {
    /** Mon 23 Nov 2026, 10:00 in the hall: taken in and accepted at the window. */
    static final String ACCEPTED = "2026-11-23T02:00:00Z";

    private JointCases() {
    }

    static Actor actor(String department, String name) {
        return new Actor("u-" + department.toLowerCase(), "u-" + department.toLowerCase(), name, "department-reviewer", department,
                null, null);
    }

    /** Publishes a JOINT item of AMR with TAX and PSB as co-departments; {@code await}: until approval copied it. */
    static String jointItem(boolean await) {
        String code = "TSTJ-" + UUID.randomUUID().toString().substring(0, 8);
        publish(code, "\"itemType\":\"JOINT\",\"joint\":{\"coDepartments\":[\"TAX\",\"PSB\"]}", await);
        return code;
    }

    /** A FORWARDED item of AMR: first instance 10 working days, then 河北省市场监督管理局 (HBAMR) 20. */
    static String forwardedItem() {
        String code = "TSTF-" + UUID.randomUUID().toString().substring(0, 8);
        publish(code, "\"itemType\":\"FORWARDED\",\"forwarding\":{\"authorityCode\":\"HBAMR\",\"authorityName\":\"河北省市场监督管理局\","
                + "\"firstInstanceDays\":10,\"authorityDays\":20}", true);
        return code;
    }

    static void publish(String code, String details, boolean await) {
        Events.send(Topics.CATALOGUE_ITEM, code + "@v1", EventTypes.ITEM_VERSION_PUBLISHED, """
                {"code":"%s","version":1,"status":"ACTIVE","effectiveFrom":"2026-01-01T00:00:00Z","departmentName":"市场监督管理局",
                 "announcedAt":"2025-12-01T00:00:00Z","announcedBy":{"userId":"admin","username":"admin"},
                 "definition":{"code":"%s","name":"联办测试事项","departmentCode":"AMR","promisedDays":10,"statutoryDays":30,
                  "legalBasis":"测试依据",%s}}""".formatted(code, code, details));
        if (await) {
            assertThat(Sql.awaitCount("select count(*) from catalogue_copy where code = '" + code + "' and details_known", 1))
                    .isEqualTo(1);
        }
    }

    /** Routes a case of {@code item} (type {@code itemType}) to AMR, accepted at the window; not waited for. */
    static String route(String item, String itemType) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.ROUTING_CASE, caseId, EventTypes.CASE_ROUTED, """
                {"caseId":"%s","itemCode":"%s","itemName":"联办测试事项","departmentCode":"AMR","queue":"AMR/back-office",
                 "itemType":"%s","promisedDays":10,"applicantName":"联办测试有限公司","deliveryMethod":"PICKUP",
                 "acceptedAt":"%s","routedAt":"%s","intakePath":"ACCEPTED_ON_SPOT",
                 "actor":{"userId":"system:routing-service","post":"system"}}""".formatted(caseId, item, itemType, ACCEPTED, ACCEPTED));
        return caseId;
    }

    static String queued(String item, String itemType) {
        String caseId = route(item, itemType);
        assertThat(Sql.awaitCount("select count(*) from approval_case where case_id = '" + caseId + "'", 1))
                .as("case " + caseId + " queued").isEqualTo(1);
        return caseId;
    }

    static long events(String caseId, String type) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '" + type + "'");
    }
}
