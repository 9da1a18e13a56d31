package cn.onewindow.issuance.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.issuance.model.ECertificate;
import cn.onewindow.issuance.model.Notification;
import cn.onewindow.issuance.service.ApplicantRecords;
import cn.onewindow.issuance.service.CertificateService;
import cn.onewindow.platform.security.Applicant;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The applicant's own notices and e-certificates (申请人): for the applicant role only, never a staff post, and only
 * those of the cases filed under the applicant's own checked identity ({@link Applicant#from}). Through the gateway:
 * {@code /api/issuance/applicant/…}.
 */
@Path("/api/applicant")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Applicant.ROLE)
public class ApplicantResource {
    private final ApplicantRecords records;
    private final SecurityIdentity identity;
    private final CertificateService certificates;

    public ApplicantResource(ApplicantRecords records, SecurityIdentity identity, CertificateService certificates) {
        this.records = records;
        this.identity = identity;
        this.certificates = certificates;
    }

    /** A notice as its addressee reads it: the text sent, how and when (the address it went to is theirs already). */
    public record NoticeView(String caseId, String kind, String channel, String text, String status, Instant createdAt,
                             Instant sentAt) {
        static NoticeView of(Notification n) {
            return new NoticeView(n.caseId, n.kind, n.channel, n.body, n.status, n.createdAt, n.sentAt);
        }
    }

    /**
     * An e-certificate as its holder sees it: {@code status} VALID, REVOKED (with the reason) or EXPIRED now; the
     * verification code is what lets anyone the holder shows it to check it (the public verification).
     */
    public record CertificateView(String certificateId, String caseId, String itemCode, String departmentCode,
                                  Instant issuedAt, Instant validUntil, String status, String revocationReason,
                                  Instant revokedAt, String verificationCode) {
        static CertificateView of(ECertificate c, String status) {
            return new CertificateView(c.id, c.caseId, c.itemCode, c.departmentCode, c.issuedAt, c.validUntil, status,
                    c.revocationReason, c.revokedAt, c.verificationCode);
        }
    }

    /** The notices of my cases, newest first (at most 200). */
    @GET
    @Path("/notices")
    public Uni<List<NoticeView>> notices() {
        Applicant me = Applicant.from(identity);
        return records.notices(me).map(l -> l.stream().map(NoticeView::of).toList());
    }

    /** The e-certificates issued for my cases, newest first (at most 200), revoked and expired ones marked. */
    @GET
    @Path("/certificates")
    public Uni<List<CertificateView>> certificates() {
        Applicant me = Applicant.from(identity);
        return records.certificates(me).map(l -> l.stream().map(c -> CertificateView.of(c, certificates.status(c))).toList());
    }
}
