package cn.onewindow.approval.webhook.service;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

import cn.onewindow.approval.webhook.domain.NetworkRange;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * How approval pushes the departments' events to their webhooks ({@code onewindow.webhooks.*}; docs/webhooks.md). Every
 * property under the prefix must be one of these: an unknown {@code onewindow.webhooks.*} property fails the start.
 */
@ConfigMapping(prefix = "onewindow.webhooks")
public interface WebhookSettings {
    /**
     * How often {@link WebhookWorker} numbers new events and sends what is due ({@code OW_WEBHOOK_DELIVER_EVERY}); read
     * by its {@code @Scheduled} expression ({@code off} in the component tests, which run the rounds themselves).
     */
    @WithDefault("1s")
    String deliverEvery();

    /** The wait after a receiver's first failure; each further failure in a row doubles it, up to {@link #backoffCap()}. */
    @WithDefault("5s")
    Duration backoffFirst();

    /** The longest wait between two attempts at a failing receiver (it is tried for as long as it fails). */
    @WithDefault("1h")
    Duration backoffCap();

    /** How long one request may take to be answered; longer is a failure. */
    @WithDefault("10s")
    Duration requestTimeout();

    /** How long connecting to the receiver may take. */
    @WithDefault("5s")
    Duration connectTimeout();

    /** The most events sent to one webhook in one round (then the next round goes on, so others get their turn). */
    @WithDefault("200")
    int eventsPerRound();

    /** The most webhooks one round (of one instance) serves. */
    @WithDefault("100")
    int webhooksPerRound();

    /** How many webhooks one round sends to at once (each in order, one request at a time). */
    @WithDefault("8")
    int parallelWebhooks();

    /**
     * The private networks a webhook may nevertheless call, in CIDR notation ({@code 10.20.0.0/16,fd12:3456::/48};
     * {@code OW_WEBHOOK_ALLOWED_PRIVATE_NETWORKS}): for a closed network whose department systems have no public
     * address. None by default: only public addresses are called (docs/webhooks.md, "Security notes"). A value that is
     * not a network fails the start.
     */
    Optional<List<NetworkRange>> allowedPrivateNetworks();

    /** The most webhooks one department may register. */
    @WithDefault("5")
    int perDepartment();

    /**
     * How long a delivered event is kept for replay; an event a webhook of its department has not acknowledged yet is
     * kept however old it is.
     */
    @WithDefault("P30D")
    Duration retention();

    /**
     * How often {@link WebhookRetention} deletes what is past the retention ({@code OW_WEBHOOK_PRUNE_EVERY}); read by
     * its {@code @Scheduled} expression ({@code off} in the component tests).
     */
    @WithDefault("1h")
    String pruneEvery();
}
