package cn.onewindow.intake.takein.service;

import java.time.Instant;
import java.util.List;

import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.intake.catalogue.rules.RelatedItems;
import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.intake.takein.rules.MaterialCheck;

/**
 * What a take-in decided: the path taken and why, the document produced, and — when the file is incomplete —
 * everything missing or wrong (one-time notice, {@code noticeNumber}; then no case is created). When 容缺 was refused,
 * {@code deferralRefused} says why, next to the one-time notice. Several items taken in together give one case each
 * ({@code cases}, joined by {@code bundleId}); {@code intakeCase} is then the first of them. Until the take-in's
 * writes are sent, the case numbers in it are their placeholders (Pipeline.fill).
 */
public record TakeInResult(String outcome, String reasonZh, String reasonEn, String document, IntakeCase intakeCase,
                           String noticeNumber, List<MaterialCheck.Problem> problems, List<Owed> owed, String bundleId,
                           List<CaseTaken> cases, List<RelatedItems.Prompt> relatedItems, DeferralRefused deferralRefused) {

    /** Whether a case was taken in (not only a notice recorded). */
    public boolean tookIn() {
        return intakeCase != null;
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
