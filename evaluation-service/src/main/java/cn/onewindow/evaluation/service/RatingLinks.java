package cn.onewindow.evaluation.service;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.contracts.events.RatingInvited;
import cn.onewindow.platform.outbox.Outbox;
import io.smallrye.mutiny.Uni;

/**
 * The applicant's rating link, and the only way its tokens leave this service: announced as
 * {@code rating-invited}, which the issuance window's notification outbox sends to the applicant
 * (SMS; the local run's mailbox stands in for it). No staff API hands tokens out (#20): a clerk who
 * could read them could rate their own work. The link opens the rating page for both stages.
 */
@ApplicationScoped
public class RatingLinks {
    /** Where these links reach the applicant: their notice. A rating with one of its tokens is recorded as this channel. */
    static final String CHANNEL = "SMS";
    private final Outbox outbox;
    private final RatingTokens tokens;
    private final String publicBase;

    public RatingLinks(Outbox outbox, RatingTokens tokens,
                       @ConfigProperty(name = "onewindow.public-base-url", defaultValue = "http://127.0.0.1:8080") String publicBase) {
        this.outbox = outbox;
        this.tokens = tokens;
        this.publicBase = publicBase;
    }

    public String link(String caseId) {
        return publicBase + "/rate.html?case=" + URLEncoder.encode(caseId, StandardCharsets.UTF_8)
                + "&front=" + tokens.issue(caseId, "FRONT_DESK", CHANNEL) + "&back=" + tokens.issue(caseId, "BACK_OFFICE", CHANNEL);
    }

    /** Sends the applicant the link, in the caller's transaction (at delivery, and once more as the reminder). */
    public Uni<Void> send(String caseId, Instant deliveredAt, Instant now) {
        return outbox.publish(new RatingInvited(caseId, link(caseId), deliveredAt, now)).replaceWithVoid();
    }
}
