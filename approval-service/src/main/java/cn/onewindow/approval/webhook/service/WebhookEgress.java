package cn.onewindow.approval.webhook.service;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.approval.webhook.domain.EgressRule;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.core.Vertx;

/**
 * Whether a webhook's host may be called, and at which address: the host is resolved (off the event loop: the JDK's
 * resolver blocks) and every address it resolves to must pass the {@link EgressRule}. The sender then connects to the
 * address checked here and never resolves the name again, so a name that answers a public address to this check and a
 * private one a moment later (DNS rebinding) still reaches only the public one. Registration asks the same.
 */
@ApplicationScoped
public class WebhookEgress {
    /** The address to connect to, or (null address) why the host may not be called. */
    public record Verdict(InetAddress address, String refusal) {
        static Verdict allowed(InetAddress address) {
            return new Verdict(address, null);
        }

        static Verdict refused(String why) {
            return new Verdict(null, why);
        }

        public boolean allowed() {
            return address != null;
        }
    }

    private final Vertx vertx;
    private final EgressRule rule;
    private final Duration resolveTimeout;

    public WebhookEgress(Vertx vertx, WebhookSettings settings) {
        this.vertx = vertx;
        this.rule = new EgressRule(settings.allowedPrivateNetworks().orElse(List.of()));
        this.resolveTimeout = settings.connectTimeout();
    }

    /**
     * The verdict on {@code host} (a name, or an IP literal — an IPv6 one with or without brackets); never fails. A
     * refusal says why, for the service log only: who registered the webhook is told no more than "not public" or
     * "could not connect", so the answers do not map the hall's network.
     */
    public Uni<Verdict> check(String host) {
        return vertx.executeBlocking(() -> resolve(host), false)
                .ifNoItem().after(resolveTimeout).fail()
                .map(addresses -> rule.target(addresses).map(Verdict::allowed)
                        .orElseGet(() -> Verdict.refused(host + " resolves to " + addresses + ", not only to addresses that may be called")))
                .onFailure().recoverWithItem(e -> Verdict.refused(host + " does not resolve: " + e));
    }

    /** Every address of {@code host}; an IP literal is its own (the seam the unit tests resolve through). */
    List<InetAddress> resolve(String host) throws UnknownHostException {
        return List.of(InetAddress.getAllByName(host));
    }
}
