package cn.onewindow.intake.post.model;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.reactive.panache.PanacheEntityBase;

/**
 * A parcel of application materials the hall signed for (签收) and registered (快递寄送材料). REGISTERED until the window
 * takes it in as a case (TAKEN_IN, {@code caseId}) or answers it with a notice (RETURNED, {@code noticeNumber} and the
 * reason). The take-in changes it with plain SQL in the case's own writes (post.service.PostalTakeIn).
 */
@Entity
@Table(name = "parcel")
public class Parcel extends PanacheEntityBase {
    public static final String REGISTERED = "REGISTERED";
    public static final String TAKEN_IN = "TAKEN_IN";
    public static final String RETURNED = "RETURNED";

    @Id
    public UUID id;
    public String carrier;
    @Column(name = "waybill_number")
    public String waybillNumber;
    @Column(name = "sender_name")
    public String senderName;
    @Column(name = "sender_phone")
    public String senderPhone;
    @Column(name = "sender_address")
    public String senderAddress;
    /** The cover letter's list of materials, as JSON text (names or catalogue codes, as written). */
    public String contents;
    @Column(name = "item_code")
    public String itemCode;
    public String status;
    /** 签收登记: the instant the case's limits count from once it is taken in. */
    @Column(name = "registered_at")
    public Instant registeredAt;
    @Column(name = "registered_by")
    public String registeredBy;
    @Column(name = "registered_by_name")
    public String registeredByName;
    @Column(name = "case_id")
    public String caseId;
    @Column(name = "taken_in_at")
    public Instant takenInAt;
    @Column(name = "returned_at")
    public Instant returnedAt;
    @Column(name = "return_reason")
    public String returnReason;
    @Column(name = "notice_number")
    public String noticeNumber;
}
