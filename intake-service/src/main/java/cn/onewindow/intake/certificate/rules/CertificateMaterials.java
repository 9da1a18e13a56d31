package cn.onewindow.intake.certificate.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.platform.problem.ProblemException;

/**
 * 证照自动引用: whether the e-certificates a take-in names can serve its materials. A material can be served only where
 * the chosen items' list says which item's certificate satisfies it ({@code certificateOf}); the certificate must be
 * the applicant's own, issued for that item, not revoked and not expired. The first certificate that cannot serve
 * refuses the take-in (nothing is written). An unknown certificate and another applicant's get the same 404: the
 * answer does not tell whose certificates exist.
 */
public final class CertificateMaterials {
    private CertificateMaterials() {
    }

    /** What the take-in knows of a certificate of the applicant (intake's copy). */
    public record Held(String certificateId, String itemCode, Instant validUntil, Instant revokedAt, String revocationReason) {
        public boolean standsAt(Instant now) {
            return revokedAt == null && (validUntil == null || now.isBefore(validUntil));
        }
    }

    /** A material of the chosen items that a certificate can serve, with the item whose certificate that is. */
    public record Servable(String materialCode, String materialName, String certificateOf) {
    }

    /** The materials of {@code items} a certificate can serve, each once, in list order. */
    public static List<Servable> servable(List<ItemDefinition> items) {
        List<Servable> out = new ArrayList<>();
        Set<String> seen = new LinkedHashSet<>();
        for (var item : items) {
            for (var m : item.materials()) {
                if (m.certificateOf() != null && seen.add(m.code() + "/" + m.certificateOf())) {
                    out.add(new Servable(m.code(), m.name(), m.certificateOf()));
                }
            }
        }
        return out;
    }

    /**
     * The refusal of the first certificate (by material code) that cannot serve its material, or null when all can.
     *
     * @param asked material code → certificate id, as the take-in names them
     * @param held  the applicant's certificates among those named, by id (another applicant's are not in it)
     */
    public static ProblemException refusal(Map<String, String> asked, List<ItemDefinition> items, Map<String, Held> held,
                                           Instant now) {
        var servable = servable(items);
        for (var e : new TreeMap<>(asked).entrySet()) {
            String material = e.getKey();
            String id = e.getValue();
            var forMaterial = servable.stream().filter(s -> s.materialCode().equals(material)).toList();
            if (forMaterial.isEmpty()) {
                boolean listed = items.stream().anyMatch(i -> i.materials().stream().anyMatch(m -> m.code().equals(material)));
                return new ProblemException(422, "certificate-not-for-material", listed
                        ? "材料" + material + "不能由电子证照提供（事项材料清单未规定可用的证照）"
                        : "所选事项的材料清单中没有材料" + material,
                        listed ? "Material " + material + " cannot be served by an e-certificate (the item's list names none)"
                                : "The chosen items list no material " + material);
            }
            Held h = held.get(id);
            if (h == null) {
                return new ProblemException(404, "certificate-not-found", "未找到该申请人的电子证照：" + id,
                        "No e-certificate of this applicant: " + id);
            }
            if (forMaterial.stream().noneMatch(s -> s.certificateOf().equals(h.itemCode()))) {
                String wanted = String.join("/", forMaterial.stream().map(Servable::certificateOf).toList());
                return new ProblemException(422, "certificate-not-for-material",
                        "电子证照" + id + "由事项" + h.itemCode() + "签发，不能作为材料" + material + "（须为" + wanted + "的证照）",
                        "E-certificate " + id + " was issued for " + h.itemCode() + ", not for material " + material
                                + " (which needs one of " + wanted + ")");
            }
            if (h.revokedAt() != null) {
                return new ProblemException(422, "certificate-revoked",
                        "电子证照" + id + "已于" + h.revokedAt() + "吊销/撤销，理由：" + h.revocationReason() + "；请申请人提交材料" + material,
                        "E-certificate " + id + " was revoked at " + h.revokedAt() + ": " + h.revocationReason()
                                + "; the applicant must hand in material " + material);
            }
            if (!h.standsAt(now)) {
                return new ProblemException(422, "certificate-expired",
                        "电子证照" + id + "已于" + h.validUntil() + "过期；请申请人提交材料" + material,
                        "E-certificate " + id + " expired at " + h.validUntil() + "; the applicant must hand in material " + material);
            }
        }
        return null;
    }
}
