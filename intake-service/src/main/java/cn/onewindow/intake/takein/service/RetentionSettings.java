package cn.onewindow.intake.takein.service;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How long the window keeps what it no longer needs ({@code onewindow.intake.*}): the applicant's contact after
 * delivery ({@link ContactErasure}) and the answers kept for resent take-ins ({@link SubmissionRetention}). Every
 * property under the prefix must be one of these: an unknown {@code onewindow.intake.*} property fails the start.
 */
@ConfigMapping(prefix = "onewindow.intake")
public interface RetentionSettings {
    /**
     * How long after delivery a case's contact is kept ({@code OW_CONTACT_RETENTION}); longer than evaluation's
     * {@code onewindow.rating.invite-after-days}, since the invitation to rate goes to this contact.
     */
    @WithDefault("P7D")
    Duration contactRetention();

    /**
     * How often {@link ContactErasure} looks for contacts to erase ({@code OW_CONTACT_ERASE_EVERY}); read by its
     * {@code @Scheduled} expression ({@code off} in the component tests).
     */
    @WithDefault("10m")
    String contactEraseEvery();

    /** How long the answer to a take-in is kept for a resend of it ({@code OW_SUBMISSION_RETENTION}). */
    @WithDefault("P7D")
    Duration submissionRetention();

    /**
     * How often {@link SubmissionRetention} deletes the older ones ({@code OW_SUBMISSION_PRUNE}); read by its
     * {@code @Scheduled} expression ({@code off} in the component tests).
     */
    @WithDefault("1h")
    String submissionPruneEvery();
}
