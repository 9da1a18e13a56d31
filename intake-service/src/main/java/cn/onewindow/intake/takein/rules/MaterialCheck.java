package cn.onewindow.intake.takein.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import cn.onewindow.contracts.catalogue.ItemDefinition;

/**
 * Checks the clerk's materials checklist against the item version's list (照单收件) and collects
 * everything missing or wrong, so the applicant is told once (一次性告知).
 */
public final class MaterialCheck {
    /**
     * NOT_APPLICABLE: a secondary material whose condition does not hold (e.g. no agent, so no power of attorney).
     * COMMITTED: a proof the applicant replaced by a signed commitment (告知承诺, never ticked by the clerk: set by
     * commitment.service.CommitmentTakeIn) — received, with no original to verify.
     * CERTIFIED: served by a valid e-certificate of the applicant (证照自动引用, never ticked by the clerk: set by
     * certificate.service.CertificateTakeIn) — received; the signed certificate stands for the original.
     */
    public enum Status { PROVIDED, ORIGINAL_VERIFIED, MISSING, WRONG_FORM, NOT_APPLICABLE, COMMITTED, CERTIFIED }

    /**
     * What is wrong with one material; only a MISSING secondary, deferrable material may be owed (容缺).
     * REVIEW_POINT_FAILED: a review point (审查要点) the clerk found not met (see ReviewPoints).
     */
    public enum Kind { MISSING, WRONG_FORM, ORIGINAL_NOT_VERIFIED, KEY_NOT_APPLICABLE, REVIEW_POINT_FAILED }

    public record Problem(String itemCode, String code, String name, Kind kind, String problemZh, String problemEn, boolean key,
                          boolean deferrable) {
    }

    private MaterialCheck() {
    }

    /**
     * @param checklist material code → status as the clerk ticked it; a listed material not in the
     *                  checklist counts as missing; codes not on the list are ignored
     * @param verifyOriginals whether the window holds the verify-originals power (then an original
     *                  to verify must be ticked ORIGINAL_VERIFIED)
     */
    public static List<Problem> problems(ItemDefinition item, Map<String, Status> checklist, boolean verifyOriginals) {
        List<Problem> out = new ArrayList<>();
        for (var m : item.materials()) {
            Status s = checklist.getOrDefault(m.code(), Status.MISSING);
            switch (s) {
                case MISSING -> out.add(new Problem(item.code(), m.code(), m.name(), Kind.MISSING, "缺少", "missing", m.key(), m.deferrable()));
                case WRONG_FORM -> out.add(new Problem(item.code(), m.code(), m.name(), Kind.WRONG_FORM, "不符合法定形式", "not in the required form", m.key(), false));
                case PROVIDED -> {
                    if (m.originalToVerify() && verifyOriginals) {
                        out.add(new Problem(item.code(), m.code(), m.name(), Kind.ORIGINAL_NOT_VERIFIED, "原件未核验", "original not verified", m.key(), false));
                    }
                }
                case NOT_APPLICABLE -> {
                    if (m.key()) {
                        out.add(new Problem(item.code(), m.code(), m.name(), Kind.KEY_NOT_APPLICABLE, "关键材料不可免于提交", "a key material always applies", true, false));
                    }
                }
                case ORIGINAL_VERIFIED, COMMITTED, CERTIFIED -> { }
            }
        }
        return out;
    }
}
