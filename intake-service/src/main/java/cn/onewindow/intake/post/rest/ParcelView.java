package cn.onewindow.intake.post.rest;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import cn.onewindow.intake.post.model.Parcel;
import cn.onewindow.intake.post.rules.ParcelRules;

/**
 * A registered parcel as the window sees it. The sender's phone and address are masked (139****5678; the province and
 * city kept) in lists, and for every post but the window clerk and the mid-desk, to whom one parcel opened by its id
 * shows them whole (they enter them as the case's contact and delivery address).
 */
public record ParcelView(UUID id, String carrier, String waybillNumber, String senderName, String senderPhone,
                         String senderAddress, List<String> contents, String itemCode, String status, Instant registeredAt,
                         String registeredByName, String caseId, Instant takenInAt, Instant returnedAt, String returnReason,
                         String noticeNumber) {

    static ParcelView of(Parcel p, List<String> contents, boolean masked) {
        return new ParcelView(p.id, p.carrier, p.waybillNumber, p.senderName, masked ? ParcelRules.masked(p.senderPhone) : p.senderPhone,
                masked ? ParcelRules.maskedAddress(p.senderAddress) : p.senderAddress, contents, p.itemCode, p.status, p.registeredAt, p.registeredByName, p.caseId, p.takenInAt,
                p.returnedAt, p.returnReason, p.noticeNumber);
    }
}
