package cn.onewindow.intake.takein.service;

import java.time.Instant;
import java.util.List;

import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.intake.catalogue.rules.RelatedItems;
import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.intake.takein.rules.MaterialCheck;

/**
 * What a take-in decided, one of three: the file was returned as out of scope (不予受理, a return notice), it was
 * incomplete (一次性告知: everything missing or wrong in one notice, and when 容缺 was refused, why), or cases were taken
 * in — one per item, joined by {@code bundleId} when several. Until the take-in's writes are sent, the case numbers in
 * it are their placeholders (Pipeline.fill).
 */
public sealed interface TakeInResult {
    /** The path taken (or RETURNED_OUT_OF_SCOPE, ONE_TIME_NOTICE, BUNDLE_TAKEN_IN), as the window shows it. */
    String outcome();

    String reasonZh();

    String reasonEn();

    /** The document the window prints. */
    String document();

    /** Whether a case was taken in (not only a notice recorded). */
    default boolean tookIn() {
        return this instanceof CasesTakenIn;
    }

    /** 不予受理: not within the item's scope; returned with written reasons, nothing taken in. */
    record ReturnedOutOfScope(String noticeNumber) implements TakeInResult {
        public static final String OUTCOME = "RETURNED_OUT_OF_SCOPE";

        @Override
        public String outcome() {
            return OUTCOME;
        }

        @Override
        public String reasonZh() {
            return "不属于本事项受理范围，书面说明理由后退回";
        }

        @Override
        public String reasonEn() {
            return "Not within the item's scope: returned with written reasons";
        }

        @Override
        public String document() {
            return "RETURN_NOTICE";
        }
    }

    /**
     * 窗口无否决权: the window would return the file, answer it is out of scope or refuse 容缺 — nothing is refused yet. The
     * mid desk or the chief representative signs it off by {@code dueAt} (signoff.service.SignOffs); until then the
     * applicant is told the file is under review. {@code problems} and {@code deferralRefused}: what the window found,
     * for the clerk's screen (the notice, if confirmed, says them to the applicant).
     */
    record SignOffPending(String signOffId, String kind, Instant dueAt, List<MaterialCheck.Problem> problems,
                          DeferralRefused deferralRefused) implements TakeInResult {
        public static final String OUTCOME = "PENDING_SIGN_OFF";

        @Override
        public String outcome() {
            return OUTCOME;
        }

        @Override
        public String reasonZh() {
            return "窗口无否决权：退回或不予受理须经中台或首席代表审核，审核前告知申请人“正在审核”";
        }

        @Override
        public String reasonEn() {
            return "The window may not refuse alone: the mid desk or the chief representative signs the return off; until "
                    + "then the applicant is told the file is under review";
        }

        @Override
        public String document() {
            return "SIGN_OFF_SLIP";
        }
    }

    /**
     * 一次性告知: the materials are incomplete or not in the required form; {@code problems} lists everything once. When
     * 容缺 was asked for and refused, {@code deferralRefused} says why (null otherwise).
     */
    record OneTimeNotice(String noticeNumber, List<MaterialCheck.Problem> problems, DeferralRefused deferralRefused)
            implements TakeInResult {
        public static final String OUTCOME = "ONE_TIME_NOTICE";

        @Override
        public String outcome() {
            return OUTCOME;
        }

        @Override
        public String reasonZh() {
            return deferralRefused == null ? "申请材料不齐全或不符合法定形式，一次性告知需补正的全部内容"
                    : "不能容缺受理（原因见 deferralRefused），一次性告知需补正的全部内容";
        }

        @Override
        public String reasonEn() {
            return deferralRefused == null ? "Materials incomplete or not in the required form; everything to correct is listed once"
                    : "Deferred materials refused (see deferralRefused); everything to correct is listed once";
        }

        @Override
        public String document() {
            return OUTCOME;
        }
    }

    /**
     * Cases taken in: {@code cases} one per item (each with its own path, as each item has its own delegation),
     * {@code intakeCase} the first of them; {@code problems} what a 容缺 case still owes or got wrong, {@code owed} its
     * owed materials and their deadlines, {@code relatedItems} the items the applicant will also need.
     */
    record CasesTakenIn(String outcome, String reasonZh, String reasonEn, String document, IntakeCase intakeCase,
                        List<MaterialCheck.Problem> problems, List<Owed> owed, String bundleId, List<CaseTaken> cases,
                        List<RelatedItems.Prompt> relatedItems) implements TakeInResult {
    }

    /**
     * 容缺 was asked for and refused: every reason — and, in the same answer, the one-time notice of everything
     * missing or wrong ({@code problems}), so the applicant is never sent away with only the reason. Null otherwise.
     */
    public record DeferralRefused(List<String> reasonsZh, List<String> reasonsEn) {
    }

    /**
     * A material a case owes, and the deadline in the supplement notice (容缺候补通知书); {@code dueProvisional}: the
     * deadline was counted through a year whose holiday notice is not entered (weekends alone), and moves when it is.
     */
    public record Owed(String caseId, String code, String name, Instant dueAt, boolean dueProvisional) {
        /** Whether {@code dueAt}, counted from the take-in at {@code takenInAt}, is provisional on {@code calendar}. */
        public static boolean provisional(Instant takenInAt, Instant dueAt, WorkingCalendar calendar) {
            if (dueAt == null) {
                return false; // asked for by the back office: no deadline of its own
            }
            return takenInAt == null ? calendar.isProvisional(dueAt) : calendar.isProvisional(takenInAt, dueAt);
        }
    }

    /** One case of the intake, with its own path (each item has its own delegation) and why. */
    public record CaseTaken(IntakeCase intakeCase, String path, String reasonZh, String reasonEn, String document) {
    }
}
