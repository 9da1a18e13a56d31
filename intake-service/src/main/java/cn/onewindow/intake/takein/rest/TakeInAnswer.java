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

    /** The take-in's result as the window shows it: each case as its view (the ID number masked). */
    public static TakeInAnswer of(TakeInResult r) {
        return new TakeInAnswer(r.outcome(), r.reasonZh(), r.reasonEn(), r.document(),
                r.intakeCase() == null ? null : CaseView.of(r.intakeCase()), r.noticeNumber(), r.problems(), r.owed(),
                r.bundleId(), r.cases().stream().map(CaseTaken::of).toList(), r.relatedItems(), r.deferralRefused());
    }

    /** One case of the intake, with its own path (each item has its own delegation) and why. */
    public record CaseTaken(CaseView intakeCase, String path, String reasonZh, String reasonEn, String document) {
        static CaseTaken of(TakeInResult.CaseTaken t) {
            return new CaseTaken(CaseView.of(t.intakeCase()), t.path(), t.reasonZh(), t.reasonEn(), t.document());
        }
    }
}
