package cn.onewindow.intake.delegation.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeoutException;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import cn.onewindow.intake.app.HallSettings;
import io.quarkus.oidc.client.OidcClient;
import io.quarkus.oidc.client.Tokens;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Uni;

/**
 * A Keycloak that takes the connection and never answers neither holds the sync for ever nor stops the next one: the
 * admin call gives up after the read timeout, the whole sync after the sync timeout, and either way the next sync
 * runs (it fails again here) instead of answering 0 as if one were still running. "Keycloak" is a socket on loopback
 * that accepts and never writes; the service account's token is a stand-in, as no Keycloak is asked for one.
 */
@QuarkusTest
class KeycloakSyncTimeoutTest {
    /** However the timeouts are set, a call that hangs fails the test here rather than hanging the build. */
    static final Duration AT_MOST = Duration.ofSeconds(10);

    @Inject
    DelegationService delegations;
    @Inject
    KeycloakSyncSettings configured;
    @Inject
    HallSettings hall;

    ServerSocket hung;
    final List<Socket> accepted = new CopyOnWriteArrayList<>();
    final List<KeycloakDelegationSync> made = new CopyOnWriteArrayList<>();

    @BeforeEach
    void aKeycloakThatNeverAnswers() throws IOException {
        hung = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        Thread acceptor = new Thread(() -> {
            try {
                while (true) {
                    accepted.add(hung.accept()); // kept open, never read, never answered
                }
            } catch (IOException closed) {
                // the test is over
            }
        }, "hung-keycloak");
        acceptor.setDaemon(true);
        acceptor.start();
    }

    @AfterEach
    void close() throws IOException {
        hung.close();
        for (Socket s : accepted) {
            s.close(); // ends a blocked admin call still waiting, if any
        }
        made.forEach(KeycloakDelegationSync::close); // their HTTP clients
    }

    @Test
    void anAdminCallThatGetsNoAnswerFailsAfterTheReadTimeoutAndTheNextSyncRuns() {
        var sync = syncTo(Duration.ofSeconds(1), Duration.ofSeconds(30));
        for (int attempt = 1; attempt <= 2; attempt++) {
            Throwable failure = assertTimeoutPreemptively(AT_MOST, () -> failureOf(sync));
            assertThat(failure).as("attempt %d", attempt).isNotNull().isNotInstanceOf(TimeoutException.class);
            assertThat(chain(failure)).as("attempt %d", attempt).contains("timeout period of 1000ms");
            assertThat(accepted).as("the call reached the hung Keycloak").hasSize(attempt);
        }
    }

    @Test
    void aSyncThatHangsFailsAfterTheSyncTimeoutAndTheNextSyncRuns() {
        var sync = syncTo(Duration.ofSeconds(60), Duration.ofSeconds(1)); // the read timeout is not what ends it
        for (int attempt = 1; attempt <= 2; attempt++) {
            Throwable failure = assertTimeoutPreemptively(AT_MOST, () -> failureOf(sync));
            assertThat(failure).as("attempt %d", attempt).isInstanceOf(TimeoutException.class)
                    .hasMessageContaining("delegation sync took longer than PT1S");
        }
        assertThat(accepted).as("both syncs reached the hung Keycloak").hasSize(2);
    }

    /** How the sync failed; a sync that answered (0: it did not even run) fails the test. */
    static Throwable failureOf(KeycloakDelegationSync sync) {
        Integer answered;
        try {
            answered = VertxContextSupport.subscribeAndAwait(sync::sync);
        } catch (CompletionException failure) { // how a blocking await carries a checked exception
            return failure.getCause();
        } catch (Throwable failure) {
            return failure;
        }
        throw new AssertionError("the sync answered " + answered + " instead of failing");
    }

    static String chain(Throwable t) {
        StringBuilder all = new StringBuilder();
        for (Throwable c = t; c != null; c = c.getCause()) {
            all.append(c).append(" | ");
        }
        return all.toString();
    }

    KeycloakDelegationSync syncTo(Duration readTimeout, Duration syncTimeout) {
        String url = "http://127.0.0.1:" + hung.getLocalPort();
        KeycloakSyncSettings settings = new KeycloakSyncSettings() {
            @Override
            public String url() {
                return url;
            }

            @Override
            public String realm() {
                return configured.realm();
            }

            @Override
            public String syncClientId() {
                return configured.syncClientId();
            }

            @Override
            public String syncClientSecret() {
                return configured.syncClientSecret();
            }

            @Override
            public boolean syncEnabled() {
                return true;
            }

            @Override
            public String syncEvery() {
                return configured.syncEvery();
            }

            @Override
            public Duration readTimeout() {
                return readTimeout;
            }

            @Override
            public Duration syncTimeout() {
                return syncTimeout;
            }
        };
        var sync = new KeycloakDelegationSync(new StandInToken(), () -> delegations, settings, hall);
        made.add(sync);
        return sync;
    }

    /** The service account's token without a Keycloak: the admin calls are what this test is about. */
    static final class StandInToken implements OidcClient {
        @Override
        public Uni<Tokens> getTokens(Map<String, String> additionalGrantParameters) {
            return Uni.createFrom().item(new Tokens("stand-in-token", null, null, null, null, null, "onewindow-intake"));
        }

        @Override
        public Uni<Tokens> refreshTokens(String refreshToken, Map<String, String> additionalGrantParameters) {
            return getTokens(additionalGrantParameters);
        }

        @Override
        public Uni<Boolean> revokeAccessToken(String accessToken, Map<String, String> additionalParameters) {
            return Uni.createFrom().item(false);
        }

        @Override
        public void close() {
        }
    }
}
