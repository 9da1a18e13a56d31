package cn.onewindow.intake.prereview.service;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import cn.onewindow.intake.prereview.rules.PreReviewRules;

/** What the resources ask of the pre-review service (the service never reads the REST types). */
public final class PreReviewCommands {
    private PreReviewCommands() {
    }

    /**
     * A pre-review started: the item and how to reach the applicant (whom it is for — the person, or the organisation
     * with its code and name, and its agent — comes from the token only).
     */
    public record Start(String itemCode, String phone, String email) {
    }

    /**
     * The pre-review post's answer: PASSED with an appointment slot or "come any time", and a mark for every material
     * with no file ({@code marks}); or NOTICE with its lines.
     */
    public record Answer(String outcome, LocalDate appointmentDay, LocalTime appointmentSlot, boolean comeAnyTime,
                         List<PreReviewRules.NoticeLine> notice, String note, List<PreReviewRules.MarkLine> marks) {
    }
}
