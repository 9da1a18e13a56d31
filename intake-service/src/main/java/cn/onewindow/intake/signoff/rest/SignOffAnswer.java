package cn.onewindow.intake.signoff.rest;

import java.time.Instant;
import java.util.List;

import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.intake.takein.service.TakeInResult;

/**
 * The take-in's 202 answer when the window would refuse (窗口无否决权): {@code status} PENDING_SIGN_OFF, the sign-off to
 * follow ({@code signOffId}, due by {@code dueAt}); no notice yet. {@code applicantMessageZh} is what the window tells
 * the applicant — under review, not refused. {@code problems}/{@code deferralRefused}: what the clerk found, for the
 * clerk's screen.
 */
public record SignOffAnswer(String status, String outcome, String signOffId, String kind, Instant dueAt, String reasonZh,
                            String reasonEn, String document, String applicantMessageZh, String applicantMessageEn,
                            List<MaterialCheck.Problem> problems, TakeInResult.DeferralRefused deferralRefused) {
    public static final String APPLICANT_ZH = "您的申请正在审核中，请稍候，窗口工作人员将告知审核结果";
    public static final String APPLICANT_EN = "Your application is under review; the window will tell you the outcome shortly";

    public static SignOffAnswer of(TakeInResult.SignOffPending p) {
        return new SignOffAnswer(TakeInResult.SignOffPending.OUTCOME, p.outcome(), p.signOffId(), p.kind(), p.dueAt(),
                p.reasonZh(), p.reasonEn(), p.document(), APPLICANT_ZH, APPLICANT_EN,
                p.problems() == null ? List.of() : p.problems(), p.deferralRefused());
    }
}
