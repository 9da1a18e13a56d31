package cn.onewindow.approval.webhook.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.URLDecoder;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import cn.onewindow.approval.WebhookReceiver;
import cn.onewindow.approval.webhook.domain.NetworkRange;
import cn.onewindow.approval.webhook.domain.WebhookSecret;
import cn.onewindow.approval.webhook.domain.WebhookSignature;
import io.vertx.mutiny.core.Vertx;

/**
 * The sender against a receiver on a loopback port, without the service around it: with the default settings it calls
 * no loopback, private or metadata address, whatever the name resolved to at registration, and tells the department
 * only "could not connect"; where an operator allowed the network it connects to the address it checked, not to
 * whatever the name resolves to next; any attribute an event carries goes out as a CloudEvents header value.
 */
class WebhookSenderTest {
    private static final byte[] KEY = WebhookSecret.key("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");
    private static final Instant NOW = Instant.parse("2026-11-23T02:00:00Z");
    private static Vertx vertx;

    @BeforeAll
    static void startVertx() {
        vertx = Vertx.vertx();
    }

    @AfterAll
    static void stopVertx() {
        vertx.closeAndAwait();
    }

    @Test
    void withTheDefaultSettingsALoopbackPrivateOrMetadataAddressIsNeverCalled() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            var sender = sender(settings(), Map.of());
            // the receiver listens on 127.0.0.1: reachable, and not called
            var outcome = send(sender, receiver.url(), delivery("/onewindow/approval-service"));
            assertThat(outcome.acknowledged()).isFalse();
            assertThat(outcome.error()).isEqualTo("could not connect");
            assertThat(outcome.detail()).contains("address refused");
            assertThat(receiver.requests()).isEmpty();

            // a name that resolved to a public address at registration and resolves to the metadata service or a
            // private address now (DNS rebinding) is refused at the send, with the same coarse answer
            for (String now : List.of("169.254.169.254", "10.0.0.5", "127.0.0.1")) {
                var rebound = sender(settings(), Map.of("receiver.example.gov.cn", List.of(now)));
                var refused = send(rebound, "http://receiver.example.gov.cn:" + port(receiver) + "/hook", delivery("/onewindow/approval-service"));
                assertThat(refused.error()).as(now).isEqualTo("could not connect");
            }
            // one private address among public ones is enough to refuse the host
            var mixed = sender(settings(), Map.of("receiver.example.gov.cn", List.of("8.8.8.8", "127.0.0.1")));
            assertThat(send(mixed, "http://receiver.example.gov.cn/hook", delivery("/x")).detail()).contains("address refused");
            assertThat(receiver.requests()).isEmpty();
        }
    }

    @Test
    void aRefusedAddressAndAClosedPortLookTheSameToTheDepartment() throws Exception {
        var allowed = sender(settings("127.0.0.1/32"), Map.of());
        // nothing listens on port 1 of 127.0.0.1, an allowed address: the connection is refused
        var closed = send(allowed, "http://127.0.0.1:1/hook", delivery("/x"));
        var refused = send(sender(settings(), Map.of()), "http://127.0.0.1:1/hook", delivery("/x"));
        var unknown = send(sender(settings(), Map.of()), "http://unknown-host.invalid/hook", delivery("/x"));
        assertThat(closed.error()).isEqualTo("could not connect");
        assertThat(refused.error()).isEqualTo(closed.error());
        assertThat(unknown.error()).isEqualTo(closed.error());
        assertThat(closed.detail()).isNotEqualTo(refused.detail()); // the service log still tells them apart
    }

    @Test
    void anAllowedNetworkIsCalledAtTheAddressCheckedWithTheUrlsHostInTheRequest() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            // receiver.example.gov.cn resolves (here) to the receiver's 127.0.0.1, which the operator allowed; the
            // connection goes there without asking any name server again (the name exists nowhere else)
            var sender = sender(settings("127.0.0.1/32"), Map.of("receiver.example.gov.cn", List.of("127.0.0.1")));
            var outcome = send(sender, "http://receiver.example.gov.cn:" + port(receiver) + "/hook?token=s3cret", delivery("/onewindow/approval-service"));
            assertThat(outcome.acknowledged()).as(String.valueOf(outcome)).isTrue();
            var request = receiver.requests().get(0);
            assertThat(request.header("host")).isEqualTo("receiver.example.gov.cn:" + port(receiver));
            assertThat(request.target()).isEqualTo("/hook?token=s3cret");
        }
    }

    @Test
    void anyAttributeAnEventCarriesIsSentAsAPercentEncodedHeaderAndSignedAsSent() throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            var sender = sender(settings("127.0.0.1/32"), Map.of());
            // another service's event: a source in Chinese with a line break (the JDK's client refused such a value,
            // and the webhook waited on it for ever under a wrong cause), an id with a space
            var d = new WebhookSender.Delivery(7, "补正 1", "cn.onewindow.case.supplement-received.v1", "/窗口\r\nX-Injected: 1",
                    "DX-20261123-000042", NOW, "{\"caseId\":\"DX-20261123-000042\"}");
            var outcome = sender.send(receiver.url(), KEY, d, NOW).await().atMost(Duration.ofSeconds(30));
            assertThat(outcome.acknowledged()).as(String.valueOf(outcome)).isTrue();
            var request = receiver.requests().get(0);
            assertThat(request.header("ce-source")).isEqualTo("/%E7%AA%97%E5%8F%A3%0D%0AX-Injected:%201");
            assertThat(URLDecoder.decode(request.header("ce-source"), StandardCharsets.UTF_8)).isEqualTo(d.source());
            assertThat(request.headers()).doesNotContainKey("x-injected");
            assertThat(request.header("ce-id")).isEqualTo("%E8%A1%A5%E6%AD%A3%201");
            assertThat(request.header("webhook-id")).isEqualTo(request.header("ce-id"));
            // a receiver verifies over the headers as they arrived
            assertThat(request.header("webhook-signature")).isEqualTo(WebhookSignature.sign(KEY, request.header("webhook-id"),
                    Long.parseLong(request.header("webhook-timestamp")), request.body().getBytes(StandardCharsets.UTF_8)));
        }
    }

    private static WebhookSender.Outcome send(WebhookSender sender, String url, WebhookSender.Delivery d) {
        return sender.send(url, KEY, d, NOW).await().atMost(Duration.ofSeconds(30));
    }

    private static WebhookSender.Delivery delivery(String source) {
        return new WebhookSender.Delivery(1, "6f1c0c43-93d4-4b9a-9a57-2b3f0e1d7c15", "cn.onewindow.case.decided.v1", source,
                "DX-20261123-000042", NOW, "{\"caseId\":\"DX-20261123-000042\"}");
    }

    private static int port(WebhookReceiver receiver) {
        return Integer.parseInt(receiver.url().replaceAll(".*:(\\d+)/hook", "$1"));
    }

    /** A sender whose host lookups answer from {@code names} (any other host: the system's resolver). */
    private static WebhookSender sender(WebhookSettings settings, Map<String, List<String>> names) {
        var egress = new WebhookEgress(vertx, settings) {
            @Override
            List<InetAddress> resolve(String host) throws UnknownHostException {
                if (!names.containsKey(host)) {
                    return super.resolve(host);
                }
                List<InetAddress> addresses = new ArrayList<>();
                for (String literal : names.get(host)) {
                    addresses.add(InetAddress.getByName(literal));
                }
                return addresses;
            }
        };
        return new WebhookSender(vertx, settings, egress);
    }

    /** The default settings, with {@code allowed} as the allowed private networks. */
    private static WebhookSettings settings(String... allowed) {
        List<NetworkRange> networks = java.util.Arrays.stream(allowed).map(NetworkRange::of).toList();
        return new WebhookSettings() {
            public String deliverEvery() {
                return "1s";
            }

            public Duration backoffFirst() {
                return Duration.ofSeconds(5);
            }

            public Duration backoffCap() {
                return Duration.ofHours(1);
            }

            public Duration requestTimeout() {
                return Duration.ofSeconds(10);
            }

            public Duration connectTimeout() {
                return Duration.ofSeconds(5);
            }

            public int eventsPerRound() {
                return 200;
            }

            public int webhooksPerRound() {
                return 100;
            }

            public int parallelWebhooks() {
                return 8;
            }

            public Optional<List<NetworkRange>> allowedPrivateNetworks() {
                return networks.isEmpty() ? Optional.empty() : Optional.of(networks);
            }

            public int perDepartment() {
                return 5;
            }

            public Duration retention() {
                return Duration.ofDays(30);
            }

            public String pruneEvery() {
                return "1h";
            }
        };
    }
}
