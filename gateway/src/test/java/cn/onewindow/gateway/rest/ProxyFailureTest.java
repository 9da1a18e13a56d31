package cn.onewindow.gateway.rest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import io.vertx.core.http.HttpMethod;

/** What the gateway tells a caller when the service behind it fails: was the call ever seen? */
class ProxyFailureTest {
    @Test
    void aServiceThatCouldNotBeReachedNeverSawTheCall() {
        var refused = ProxyResource.unreachable("intake", HttpMethod.POST,
                new java.net.ConnectException("Connection refused: /127.0.0.1:8081"));
        assertThat(refused.status()).isEqualTo(503);
        assertThat(refused.code()).isEqualTo("service-unavailable");
    }

    @Test
    void aWriteLostAfterItWasSentMayHaveTakenEffect() {
        var reset = ProxyResource.unreachable("approval", HttpMethod.POST,
                new io.vertx.core.VertxException("Connection was closed"));
        assertThat(reset.status()).isEqualTo(502);
        assertThat(reset.code()).isEqualTo("outcome-unknown");
        assertThat(reset.messageZh()).contains("可能已生效");
        // a read changes nothing, so a lost read is only an unavailable service
        assertThat(ProxyResource.unreachable("approval", HttpMethod.GET, new java.util.concurrent.TimeoutException()).status())
                .isEqualTo(503);
    }
}
