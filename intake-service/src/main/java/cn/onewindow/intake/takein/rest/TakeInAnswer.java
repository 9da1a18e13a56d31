package cn.onewindow.intake.takein.rest;

import java.util.List;

import cn.onewindow.intake.catalogue.rules.RelatedItems;
import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.intake.takein.service.TakeInResult;

/**
 * What the window tells the applicant: the path taken and why, the document produced, and — when the
 * file is incomplete — everything missing or wrong (one-time notice; then no case is created).
 * When 容缺 was refused, {@code deferralRefused} says why, next to the one-time notice.
 * Several items taken in together give one case each ({@code cases}, joined by {@code bundleId});
 * {@code intakeCase} is then the first of them.
 */
public record TakeInAnswer(String outcome, String reasonZh, String reasonEn, String document, CaseView intakeCase,
                            String noticeNumber, List<MaterialCheck.Problem> problems, List<TakeInResult.Owed> owed,
                            String bundleId, List<CaseTaken> cases, List<RelatedItems.Prompt> relatedItems,
                            TakeInResult.DeferralRefused deferralRefused) {

    /**
     * The take-in's result as the window shows it: each case as its view (the ID number masked). The answer keeps one
     * shape for all three results (fields that do not apply are empty), as clients and stored answers know it.
     */
    public static TakeInAnswer of(TakeInResult r) {
        if (r instanceof TakeInResult.CasesTakenIn t) {
            return new TakeInAnswer(t.outcome(), t.reasonZh(), t.reasonEn(), t.document(), CaseView.of(t.intakeCase()), null,
                    t.problems(), t.owed(), t.bundleId(), t.cases().stream().map(CaseTaken::of).toList(), t.relatedItems(),
                    null);
        }
        if (r instanceof TakeInResult.OneTimeNotice n) {
            return new TakeInAnswer(n.outcome(), n.reasonZh(), n.reasonEn(), n.document(), null, n.noticeNumber(),
                    n.problems(), List.of(), null, List.of(), List.of(), n.deferralRefused());
        }
        var returned = (TakeInResult.ReturnedOutOfScope) r;
        return new TakeInAnswer(returned.outcome(), returned.reasonZh(), returned.reasonEn(), returned.document(), null,
                returned.noticeNumber(), List.of(), List.of(), null, List.of(), List.of(), null);
    }

    /** One case of the intake, with its own path (each item has its own delegation) and why. */
    public record CaseTaken(CaseView intakeCase, String path, String reasonZh, String reasonEn, String document) {
        static CaseTaken of(TakeInResult.CaseTaken t) {
            return new CaseTaken(CaseView.of(t.intakeCase()), t.path(), t.reasonZh(), t.reasonEn(), t.document());
        }
    }
}
