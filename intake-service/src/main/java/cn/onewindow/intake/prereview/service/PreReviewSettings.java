package cn.onewindow.intake.prereview.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * Online pre-review ({@code onewindow.pre-review.*}). A file is read whole only up to the HTTP body limit
 * ({@code quarkus.http.limits.max-body-size}, 10240K by default, and the gateway's own guard at the same size): keep
 * {@code max-file-bytes} at or below it, or raise both.
 */
@ConfigMapping(prefix = "onewindow.pre-review")
public interface PreReviewSettings {
    /** The most one material's file may hold, in bytes (10 MiB). */
    @WithDefault("10485760")
    long maxFileBytes();

    /**
     * The most pre-reviews one applicant may have open (DRAFT, SUBMITTED or NOTICE) at once: each holds up to a file per
     * material and a place in the pre-review post's queue; more is refused until one is passed or taken in.
     */
    @WithDefault("10")
    int maxOpenPerApplicant();
}
