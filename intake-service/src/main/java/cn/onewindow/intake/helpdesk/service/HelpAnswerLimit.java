package cn.onewindow.intake.helpdesk.service;

import java.util.Optional;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.intake.helpdesk.rules.HelpAnswerRules;
import cn.onewindow.platform.hall.HallDirectory;

/**
 * The halls as the help desk needs them: whether a hall is known, and its answer limit — the hall's
 * {@code helpAnswerSeconds} as the hall topic last said it ({@link HallDirectory}), unless
 * {@code onewindow.help.answer-seconds} overrides it (the test run: a few seconds, so a late answer takes seconds to
 * make, not a minute). The home hall is always known: this service serves it, even before the topic was read.
 */
@ApplicationScoped
public class HelpAnswerLimit {
    private final HallDirectory halls;
    private final String home;
    private final Optional<Integer> override;

    public HelpAnswerLimit(HallDirectory halls, HallSettings hall,
                           @ConfigProperty(name = "onewindow.help.answer-seconds") Optional<Integer> override) {
        this.halls = halls;
        this.home = hall.code();
        this.override = override;
    }

    public boolean known(String hallCode) {
        return hallCode != null && (hallCode.equals(home) || halls.find(hallCode).isPresent());
    }

    /** The seconds a request that comes in now at {@code hallCode} has for its answer. */
    public int seconds(String hallCode) {
        return HelpAnswerRules.limitSeconds(override.orElse(null),
                halls.find(hallCode).map(HallDefinition::helpAnswerSeconds).orElse(null));
    }
}
