package cn.onewindow.approval.service;

import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.webhook.service.WebhookDeliveries;
import cn.onewindow.contracts.events.CaseEvent;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.Pipeline;
import io.smallrye.mutiny.Uni;

/**
 * How approval announces a change to one of its cases: the event goes into the outbox (for Kafka) and is kept for the
 * case's department's webhooks, both in the caller's transaction and in one round trip. Every event approval publishes
 * goes through here, so a department's webhook sees every event of its cases, per case in the order of the acts (with
 * the one exception docs/webhooks.md describes, "Retries, order and what a failure looks like").
 */
@ApplicationScoped
public class CaseEvents {
    private final Outbox outbox;
    private final WebhookDeliveries webhooks;

    public CaseEvents(Outbox outbox, WebhookDeliveries webhooks) {
        this.outbox = outbox;
        this.webhooks = webhooks;
    }

    /** Publishes {@code event} about a case of {@code department}; its event id. Only inside a transaction. */
    public Uni<UUID> publish(String department, CaseEvent event) {
        var writes = new Pipeline();
        UUID id;
        try {
            id = outbox.publish(writes, event);
        } catch (IllegalArgumentException ex) {
            return Uni.createFrom().failure(ex);
        }
        webhooks.keepPublished(writes, department, id);
        return writes.run().replaceWith(id);
    }
}
