package cn.onewindow.approval;

import java.util.UUID;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;

/** Sends routed cases to approval-service as routing would, and waits until they are queued. */
final class Routed {
    private Routed() {
    }

    /** A routed case of {@code department}; {@code deferredUntil} may be null. Returns its id once queued. */
    static String send(String department, String intakePath, int promisedDays, String acceptedAt, String deferredUntil) {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.ROUTING_CASE, caseId, EventTypes.CASE_ROUTED, """
                {"caseId":"%s","itemCode":"%s-0001","itemName":"测试事项","departmentCode":"%s","queue":"%s/back-office",
                 "itemType":"PROMISED","promisedDays":%d,"applicantName":"测试申请人","deliveryMethod":"PICKUP",
                 "acceptedAt":"%s","routedAt":"%s","intakePath":"%s","deferredUntil":%s,
                 "actor":{"userId":"system:routing-service","post":"system"}}"""
                .formatted(caseId, department, department, department, promisedDays, acceptedAt, acceptedAt, intakePath,
                        deferredUntil == null ? "null" : "\"" + deferredUntil + "\""));
        if (Sql.awaitCount("select count(*) from approval_case where case_id = '" + caseId + "'", 1) != 1) {
            throw new AssertionError("case " + caseId + " never queued");
        }
        return caseId;
    }

    static long events(String caseId, String type) {
        return Sql.count("select count(*) from outbox_event where aggregate_id = '" + caseId + "' and event_type = '" + type + "'");
    }
}
