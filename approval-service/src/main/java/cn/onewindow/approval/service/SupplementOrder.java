package cn.onewindow.approval.service;

import java.util.List;

import cn.onewindow.approval.domain.SupplementRounds;

/**
 * One supplement request (补正告知) listing everything still missing or wrong, as
 * {@link ExaminationService#requestSupplement} takes it. After the applicant supplied an earlier request, another is
 * allowed only with {@code newProblemInSuppliedMaterial} and its {@code reason} ({@link SupplementRounds}).
 */
public record SupplementOrder(List<Material> materials, boolean newProblemInSuppliedMaterial, String reason) {
    /** One material to supply, and what is wrong with it (null where it is simply missing). */
    public record Material(String code, String name, String problem) {
    }

    /** What the request declares about a later round, for {@code SupplementRounds}. */
    SupplementRounds.Declared declared() {
        return new SupplementRounds.Declared(newProblemInSuppliedMaterial, reason);
    }
}
