package cn.onewindow.intake.certificate.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.certificate.model.CertificateCopy;
import cn.onewindow.intake.certificate.rules.CertificateMaterials;
import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.intake.takein.service.TakeIn;
import cn.onewindow.platform.persistence.Pipeline;
import io.smallrye.mutiny.Uni;

/**
 * The take-in's part of 证照自动引用: the certificates the request names ({@code certificates}: material code →
 * certificate id) are checked against intake's copy ({@link #check}), the materials they serve count as received
 * ({@link #receive}), and which certificate served which material is written with the case ({@link #record}). Each is
 * called only when the request names certificates: the take-in is benchmarked, and a request without them costs
 * nothing here.
 */
public final class CertificateTakeIn {
    private static final String INSERT = "insert into case_certificate_material (case_id, material_code, certificate_id) "
            + "values ($1, $2, $3)";

    private CertificateTakeIn() {
    }

    /**
     * Fails (nothing written) unless every named certificate can serve its material now: the applicant's own (the
     * applicant of the certificate's case, same kind and ID number or credit code), for the material's item, neither
     * revoked nor expired. Inside the take-in's transaction.
     */
    public static Uni<Void> check(TakeIn request, List<ItemDefinition> items, Instant now) {
        Map<String, String> asked = request.certificates();
        if (asked.isEmpty()) {
            return Uni.createFrom().voidItem(); // "certificates": {} names none
        }
        return held(request.applicant().kind(), request.applicant().idNumber(), asked.values().stream().distinct().toList())
                .invoke(held -> {
                    var refusal = CertificateMaterials.refusal(asked, items, held, now);
                    if (refusal != null) {
                        throw refusal;
                    }
                }).replaceWithVoid();
    }

    /**
     * The applicant's certificates among {@code ids} (all of them when {@code ids} is null), by id: the holder is the
     * applicant of the certificate's case. Another applicant's are simply not found.
     */
    static Uni<Map<String, CertificateMaterials.Held>> held(String kind, String idNumber, List<String> ids) {
        String mine = "exists (select 1 from IntakeCase k where k.caseId = c.caseId and k.applicantKind = ?1"
                + " and upper(k.applicantId) = upper(?2))";
        Uni<List<CertificateCopy>> found = ids == null
                ? CertificateCopy.list("from CertificateCopy c where " + mine + " order by c.issuedAt desc", kind, idNumber)
                : CertificateCopy.list("from CertificateCopy c where " + mine + " and c.certificateId in ?3", kind, idNumber, ids);
        return found.map(l -> l.stream().collect(Collectors.toMap(c -> c.certificateId,
                c -> new CertificateMaterials.Held(c.certificateId, c.itemCode, c.validUntil, c.revokedAt, c.revocationReason),
                (a, b) -> a, java.util.LinkedHashMap::new)));
    }

    /**
     * Which certificate served which material of case {@code caseId} (material code → certificate id, by code; empty for
     * most cases), inside the caller's session.
     */
    public static Uni<Map<String, String>> served(String caseId) {
        return io.quarkus.hibernate.reactive.panache.Panache.getSession().flatMap(s -> s.createNativeQuery(
                        "select material_code, certificate_id from case_certificate_material where case_id = ?1 order by material_code",
                        Object[].class).setParameter(1, caseId).getResultList())
                .map(rows -> {
                    Map<String, String> out = new java.util.LinkedHashMap<>();
                    rows.forEach(r -> out.put((String) r[0], (String) r[1]));
                    return out;
                });
    }

    /** Marks each served material received on the checklist (after {@link #check} passed). */
    public static void receive(Map<String, String> certificates, Map<String, MaterialCheck.Status> checklist) {
        certificates.keySet().forEach(code -> checklist.put(code, MaterialCheck.Status.CERTIFIED));
    }

    /**
     * Adds, to the take-in's writes, which certificate served which material of one case (its item's share).
     *
     * @param caseId the case number (a placeholder until the writes run: {@link Pipeline#defer})
     */
    public static void record(Pipeline writes, String caseId, ItemDefinition item, Map<String, String> certificates) {
        if (certificates == null) {
            return;
        }
        for (var m : item.materials()) {
            String id = m.certificateOf() == null ? null : certificates.get(m.code());
            if (id != null) {
                writes.add(INSERT, caseId, m.code(), id);
            }
        }
    }
}
