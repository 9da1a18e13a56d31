package cn.onewindow.evaluation.service;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The applicants' rating links ({@code onewindow.rating.*}): the keys their tokens are signed with
 * ({@link RatingTokens}) and when an unrated case's applicant is reminded ({@link InvitationService}). Every property
 * under the prefix must be one of these: an unknown {@code onewindow.rating.*} property fails the start. Where the
 * links point, {@code onewindow.public-base-url}, is a setting of its own ({@link RatingLinks}).
 */
@ConfigMapping(prefix = "onewindow.rating")
public interface RatingSettings {
    /**
     * {@code kid:secret[,kid:secret…]} ({@code OW_RATING_KEYS}): the first signs, all verify. Empty only where a dev
     * or test launch signs with a random key of its own; a jar run refuses to start without it.
     */
    Optional<String> keys();

    /** Days after delivery an applicant who has not rated both stages is invited once more. */
    @WithDefault("3")
    int inviteAfterDays();
}
