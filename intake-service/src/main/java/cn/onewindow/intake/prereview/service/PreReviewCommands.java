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
     * A pre-review started: the item, how to reach the applicant, and for an organisation its name (the token names the
     * agent; the organisation's code comes from the token too).
     */
    public record Start(String itemCode, String phone, String email, String organisationName) {
    }

    /** The pre-review post's answer: PASSED with an appointment slot or "come any time", or NOTICE with its lines. */
    public record Answer(String outcome, LocalDate appointmentDay, LocalTime appointmentSlot, boolean comeAnyTime,
                         List<PreReviewRules.NoticeLine> notice, String note) {
    }
}
