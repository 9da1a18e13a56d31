package cn.onewindow.platform.security;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * The bearer tokens this process has already verified, by the token's exact text, each with the
 * identity its verification gave, until the token expires. A window clerk's or a department system's token is sent
 * with every call of its life (minutes); its RS256 signature, its claims and the identity built from them are the
 * same each time, so they are checked once (#19: the signature check was the largest single cost of a REST call in
 * the gateway and the services). A token is served from here only if exactly those bytes were verified before and
 * it has not expired since — a changed byte is another key, an expired token is verified again and refused. The text
 * itself is the key (the map compares it whole on a hit): a SHA-256 of it per call cost more, in C1-compiled code,
 * than the lookup, and the identity kept here holds the token anyway.
 * Nothing here widens what a token allows: the identity is the one the OIDC check produced.
 */
@ApplicationScoped
public class VerifiedTokens {
    private final Clock clock;
    private final int capacity;
    private final Map<String, Entry> byToken = new ConcurrentHashMap<>();

    record Entry(SecurityIdentity identity, Instant expiresAt) {
    }

    public VerifiedTokens(Clock clock, @ConfigProperty(name = "onewindow.security.verified-token-cache", defaultValue = "10000") int capacity) {
        this.clock = clock;
        this.capacity = capacity;
    }

    /** The identity of a token verified before and not yet expired; null otherwise. */
    public SecurityIdentity find(String token) {
        if (capacity <= 0 || token == null) {
            return null;
        }
        Entry e = byToken.get(token);
        if (e == null) {
            return null;
        }
        if (!clock.instant().isBefore(e.expiresAt())) {
            byToken.remove(token, e);
            return null;
        }
        return e.identity();
    }

    /** Remembers a token the OIDC check accepted, with the identity it produced, until {@code expiresAt}. */
    public void remember(String token, SecurityIdentity identity, Instant expiresAt) {
        if (capacity <= 0 || token == null || expiresAt == null) {
            return;
        }
        Instant now = clock.instant();
        if (!now.isBefore(expiresAt)) {
            return;
        }
        if (byToken.size() >= capacity) {
            // expired entries first; if every entry is live (more live tokens than the bound), start afresh
            byToken.values().removeIf(e -> !now.isBefore(e.expiresAt()));
            if (byToken.size() >= capacity) {
                byToken.clear();
            }
        }
        byToken.put(token, new Entry(identity, expiresAt));
    }

    int size() {
        return byToken.size();
    }
}
