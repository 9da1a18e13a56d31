package cn.onewindow.contracts.events;

import java.time.Instant;

import com.fasterxml.jackson.annotation.JsonFormat;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.vocabulary.RevocationSource;

/**
 * {@code cn.onewindow.certificate.revoked.v1} on {@code onewindow.issuance.case.v1}: the e-certificate of the case was
 * revoked (吊销/撤销), with the reason and its source — the issuing department's decision, or a commitment (告知承诺)
 * found false. From then on it verifies as revoked and serves no material.
 */
public record CertificateRevoked(String caseId, String certificateId, String reason,
                                 @JsonFormat(with = JsonFormat.Feature.READ_UNKNOWN_ENUM_VALUES_AS_NULL) RevocationSource source,
                                 Instant revokedAt, Actor actor) implements CaseEvent {
    /** The fields every consumer relies on; a record without them is malformed (dead-lettered). */
    public CertificateRevoked {
        Contract.require("caseId", caseId);
        Contract.require("certificateId", certificateId);
        Contract.require("reason", reason);
        Contract.require("revokedAt", revokedAt);
    }

    @Override
    public String topic() {
        return Topics.ISSUANCE_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.CERTIFICATE_REVOKED;
    }
}
