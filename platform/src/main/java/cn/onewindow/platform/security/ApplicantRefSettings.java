package cn.onewindow.platform.security;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/**
 * The hall's key of the applicants' pseudonyms ({@link ApplicantRef}, {@code onewindow.applicant-ref.*}): set through
 * {@code OW_APPLICANT_REF_KEY} in the services that serve applicants (intake, issuance). Optional here because every
 * service has the platform and most never see an applicant; {@link ApplicantRef} refuses to work without it.
 */
@ConfigMapping(prefix = "onewindow.applicant-ref")
public interface ApplicantRefSettings {
    /** A random secret of at least 32 characters, the same in every service; never rotated (the pseudonyms are stored). */
    Optional<String> key();
}
