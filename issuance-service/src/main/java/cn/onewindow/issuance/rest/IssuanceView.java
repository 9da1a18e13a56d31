package cn.onewindow.issuance.rest;

import java.time.Instant;

import cn.onewindow.issuance.model.IssuanceRecord;

public record IssuanceView(String caseId, String departmentCode, String outcome, String resultTitle,
                           String applicantName, String deliveryMethod, String status, Instant readyAt,
                           Instant deliveredAt, String receivedBy, String handedByName, String bundleId,
                           Instant arrivalDueAt, Instant arrivedAt, Instant notifyDueAt, Instant notifiedAt,
                           String carrier, String waybill, String mailStatus, int mailReturns, String receiverRole) {
    public static IssuanceView of(IssuanceRecord r) {
        return new IssuanceView(r.caseId, r.departmentCode, r.outcome, r.resultTitle, r.applicantName,
                r.deliveryMethod, r.status, r.readyAt, r.deliveredAt, r.receivedBy, r.handedByName, r.bundleId,
                r.arrivalDueAt, r.arrivedAt, r.notifyDueAt, r.notifiedAt,
                r.carrier, r.waybill, r.mailStatus, r.mailReturns, r.receiverRole);
    }
}
