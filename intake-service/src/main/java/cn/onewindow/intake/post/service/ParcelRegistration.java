package cn.onewindow.intake.post.service;

import java.util.List;

/** A parcel to register, as the service takes it: the waybill, the sender, the listed contents and the item, if named. */
public record ParcelRegistration(String carrier, String waybillNumber, String senderName, String senderPhone,
                                 String senderAddress, List<String> contents, String itemCode) {
}
