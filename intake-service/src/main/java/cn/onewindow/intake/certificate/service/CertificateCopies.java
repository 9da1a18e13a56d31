package cn.onewindow.intake.certificate.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.events.CertificateIssued;
import cn.onewindow.contracts.events.CertificateRevoked;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.catalogue.service.CatalogueService;
import cn.onewindow.intake.certificate.model.CertificateCopy;
import cn.onewindow.intake.certificate.rules.CertificateMaterials;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * intake's copy of the e-certificates (证照自动引用): kept from issuance's events, each exactly once (the inbox), and
 * read for the window — which materials of an item the applicant's valid certificates can serve, and which served a
 * case.
 */
@ApplicationScoped
public class CertificateCopies {
    private static final Logger LOG = Logger.getLogger(CertificateCopies.class);
    private final Clock clock;
    private final CatalogueService catalogue;

    public CertificateCopies(Clock clock, CatalogueService catalogue) {
        this.clock = clock;
        this.catalogue = catalogue;
    }

    /** Runs inside the inbox transaction of the issue. */
    public Uni<Void> issued(CertificateIssued e) {
        return CertificateCopy.<CertificateCopy>findById(e.certificateId()).flatMap(existing -> {
            if (existing != null) {
                return Uni.createFrom().voidItem(); // the same certificate again (a replay): the copy has it
            }
            var c = new CertificateCopy();
            c.certificateId = e.certificateId();
            c.caseId = e.caseId();
            c.itemCode = e.itemCode();
            c.departmentCode = e.departmentCode();
            c.issuedAt = e.issuedAt();
            c.validUntil = e.validUntil();
            return c.persist().replaceWithVoid();
        });
    }

    /**
     * Runs inside the inbox transaction of the revocation. The first revocation stands (issuance answers a second with
     * it and announces nothing). A revocation of a certificate the copy lacks cannot happen on the ordered topic (the
     * case's events share a key); it is logged rather than failing the batch.
     */
    public Uni<Void> revoked(CertificateRevoked e) {
        return CertificateCopy.<CertificateCopy>findById(e.certificateId()).invoke(c -> {
            if (c == null) {
                LOG.warnf("revocation of %s, which intake's copy does not have", e.certificateId());
            } else if (c.revokedAt == null) {
                c.revokedAt = e.revokedAt();
                c.revocationReason = e.reason();
            }
        }).replaceWithVoid();
    }

    /** Which certificate served which material of case {@code caseId} (none for most cases). */
    public record Served(String materialCode, String certificateId, String noteZh, String noteEn) {
        static Served of(String material, String certificate) {
            return new Served(material, certificate, "由电子证照" + certificate + "提供（申请人无需提交）",
                    "provided by certificate " + certificate);
        }
    }

    @WithSession
    public Uni<List<Served>> served(String caseId) {
        return CertificateTakeIn.served(caseId)
                .map(m -> m.entrySet().stream().map(e -> Served.of(e.getKey(), e.getValue())).toList());
    }

    /** One material of the item a certificate can serve, and the applicant's certificates that can serve it now. */
    public record Offer(String materialCode, String materialName, String certificateOf, List<CertificateMaterials.Held> certificates) {
    }

    /**
     * For the window: the materials of item {@code itemCode} (version in force) that a certificate can serve, each with
     * the applicant's certificates that can serve it now (issued for the right item, not revoked, not expired).
     */
    @WithSession
    public Uni<List<Offer>> lookup(String kind, String idNumber, String itemCode) {
        var now = clock.instant();
        return CatalogueItem.inForce(itemCode, now)
                .onItem().ifNull().failWith(() -> new ProblemException(422, "unknown-item",
                        "事项清单中没有现行有效的事项：" + itemCode, "No catalogue item in force with code " + itemCode))
                .flatMap(item -> {
                    if (item.cancelled()) {
                        return Uni.createFrom().failure(new ProblemException(422, "unknown-item",
                                "事项清单中没有现行有效的事项：" + itemCode, "No catalogue item in force with code " + itemCode));
                    }
                    var servable = CertificateMaterials.servable(List.of(catalogue.read(item)));
                    if (servable.isEmpty()) {
                        return Uni.createFrom().item(List.<Offer>of()); // most items: nothing to look up
                    }
                    return CertificateTakeIn.held(kind, idNumber, null).map(held -> servable.stream()
                            .map(s -> new Offer(s.materialCode(), s.materialName(), s.certificateOf(), held.values().stream()
                                    .filter(h -> h.itemCode().equals(s.certificateOf()) && h.standsAt(now)).toList()))
                            .toList());
                });
    }
}
