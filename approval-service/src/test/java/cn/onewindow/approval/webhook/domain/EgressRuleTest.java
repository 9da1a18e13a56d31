package cn.onewindow.approval.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which addresses a webhook may call: public ones, and by default nothing else. */
class EgressRuleTest {
    private static final EgressRule DEFAULT = new EgressRule(List.of());

    @Test
    void byDefaultLoopbackPrivateAndMetadataAddressesAreRefused() throws UnknownHostException {
        for (String address : List.of("127.0.0.1", "::1", "10.1.2.3", "192.168.0.10", "172.20.0.5", "169.254.169.254",
                "100.100.100.200", "0.0.0.0", "fd00:ec2::254", "fe80::1", "224.0.0.251")) {
            assertThat(DEFAULT.allows(ip(address))).as(address).isFalse();
            assertThat(DEFAULT.target(List.of(ip(address)))).as(address).isEmpty();
        }
        assertThat(DEFAULT.allows(ip("8.8.8.8"))).isTrue();
    }

    @Test
    void theAllowedPrivateNetworksAreCalledAndNoOtherPrivateAddress() throws UnknownHostException {
        var closed = new EgressRule(List.of(NetworkRange.of("10.20.0.0/16"), NetworkRange.of("127.0.0.1/32")));
        assertThat(closed.allows(ip("10.20.30.40"))).isTrue();
        assertThat(closed.allows(ip("127.0.0.1"))).isTrue();
        assertThat(closed.allows(ip("10.21.0.1"))).isFalse();
        assertThat(closed.allows(ip("127.0.0.2"))).isFalse();
        assertThat(closed.allows(ip("169.254.169.254"))).isFalse();
        assertThat(closed.allows(ip("8.8.8.8"))).as("public ones still").isTrue();
    }

    @Test
    void aHostIsCalledAtItsFirstAddressOnlyWhenEveryAddressItResolvesToIsAllowed() throws UnknownHostException {
        assertThat(DEFAULT.target(ips("8.8.8.8", "1.1.1.1"))).contains(ip("8.8.8.8"));
        assertThat(DEFAULT.target(ips("8.8.8.8", "10.0.0.1"))).isEmpty();
        assertThat(DEFAULT.target(ips("2400:3200::1", "::1"))).isEmpty();
        assertThat(DEFAULT.target(List.of())).isEmpty();
    }

    private static InetAddress ip(String literal) throws UnknownHostException {
        return InetAddress.getByName(literal);
    }

    private static List<InetAddress> ips(String... literals) {
        return Arrays.stream(literals).map(l -> {
            try {
                return ip(l);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException(e);
            }
        }).toList();
    }
}
