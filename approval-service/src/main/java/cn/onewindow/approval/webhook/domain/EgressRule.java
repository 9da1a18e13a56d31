package cn.onewindow.approval.webhook.domain;

import java.net.InetAddress;
import java.util.List;
import java.util.Optional;

/**
 * Which addresses approval-service may call for a webhook: public ones ({@link PublicAddresses}), and in a closed
 * network the private blocks the operator names ({@code onewindow.webhooks.allowed-private-networks}, none by default).
 * A host is judged by every address it resolves to: one non-public answer among public ones refuses it, since the
 * connection could land on any of them.
 */
public final class EgressRule {
    private final List<NetworkRange> allowedPrivate;

    public EgressRule(List<NetworkRange> allowedPrivate) {
        this.allowedPrivate = List.copyOf(allowedPrivate);
    }

    /** Whether {@code address} may be called. */
    public boolean allows(InetAddress address) {
        return PublicAddresses.isPublic(address) || allowedPrivate.stream().anyMatch(range -> range.contains(address));
    }

    /**
     * The address to connect to when a host resolved to {@code resolved}: the first, if every one may be called;
     * empty when none was found or any may not.
     */
    public Optional<InetAddress> target(List<InetAddress> resolved) {
        return resolved.isEmpty() || !resolved.stream().allMatch(this::allows) ? Optional.empty() : Optional.of(resolved.get(0));
    }
}
