package cn.onewindow.contracts.events;

import java.time.Instant;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@code cn.onewindow.certificate.issued.v1} on {@code onewindow.issuance.case.v1}: an approved result was issued as an
 * e-certificate (电子证照). {@code validUntil} is null for a certificate without expiry (the item version has no
 * {@code resultValidYears}). No holder's identity: intake, which reuses certificates as materials (证照自动引用), knows
 * the holder as the applicant of the case.
 */
public record CertificateIssued(String caseId, String certificateId, String itemCode, String departmentCode,
                                Instant issuedAt, Instant validUntil) implements CaseEvent {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public CertificateIssued {
        Contract.require("caseId", caseId);
        Contract.require("certificateId", certificateId);
        Contract.require("itemCode", itemCode);
        Contract.require("departmentCode", departmentCode);
        Contract.require("issuedAt", issuedAt);
    }

    @Override
    public String topic() {
        return Topics.ISSUANCE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CERTIFICATE_ISSUED;
    }
}
