package cn.onewindow.intake.rest;

import java.util.List;

import cn.onewindow.intake.domain.MaterialCheck;

/**
 * What the window tells the applicant: the path taken and why, the document produced, and — when the
 * file is incomplete — everything missing or wrong (one-time notice; then no case is created).
 */
public record IntakeOutcome(String outcome, String reasonZh, String reasonEn, String document, CaseView intakeCase,
                            String noticeNumber, List<MaterialCheck.Problem> problems, List<Owed> owed) {

    /** A material a 容缺 case owes, and the deadline in the supplement notice (容缺候补通知书). */
    public record Owed(String code, String name, java.time.Instant dueAt) {
    }
}
