package cn.onewindow.intake.signoff.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** 窗口无否决权 ({@code onewindow.sign-off.*}). */
@ConfigMapping(prefix = "onewindow.sign-off")
public interface SignOffSettings {
    /**
     * The sign-off's limit, in office minutes of the clerk's hall (HallDirectory.hours): the applicant waits at the window
     * for the answer, so it is short. A decision after it is still taken, flagged late.
     */
    @WithDefault("15")
    int minutes();
}
