package cn.onewindow.intake.post.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.onewindow.intake.post.model.Parcel;
import cn.onewindow.intake.post.rules.ParcelRules;

/**
 * A registered parcel as the window sees it. The sender's phone is masked in lists; one parcel opened by its id shows
 * it whole (the clerk enters it as the case's contact).
 */
public record ParcelView(UUID id, String carrier, String waybillNumber, String senderName, String senderPhone,
                         String senderAddress, List<String> contents, String itemCode, String status, Instant registeredAt,
                         String registeredByName, String caseId, Instant takenInAt, Instant returnedAt, String returnReason,
                         String noticeNumber) {

    static ParcelView of(Parcel p, List<String> contents, boolean masked) {
        return new ParcelView(p.id, p.carrier, p.waybillNumber, p.senderName, masked ? ParcelRules.masked(p.senderPhone) : p.senderPhone,
                p.senderAddress, contents, p.itemCode, p.status, p.registeredAt, p.registeredByName, p.caseId, p.takenInAt,
                p.returnedAt, p.returnReason, p.noticeNumber);
    }
}
