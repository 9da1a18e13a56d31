package cn.onewindow.approval.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The networks an operator may allow in a closed network: CIDR literals, nothing else. */
class NetworkRangeTest {
    @ParameterizedTest(name = "{0} contains {1}: {2}")
    @CsvSource({
            "10.20.0.0/16, 10.20.255.1, true", "10.20.0.0/16, 10.21.0.1, false", "10.20.3.4/16, 10.20.9.9, true",
            "127.0.0.1/32, 127.0.0.1, true", "127.0.0.1/32, 127.0.0.2, false", "127.0.0.1, 127.0.0.1, true",
            "0.0.0.0/0, 8.8.8.8, true", "0.0.0.0/0, ::1, false",
            "fd12:3456::/48, fd12:3456:0:1::5, true", "fd12:3456::/48, fd12:3457::5, false", "::1, ::1, true",
            "::/0, 10.0.0.1, false", "172.16.0.0/12, 172.31.0.1, true", "172.16.0.0/12, 172.32.0.1, false"})
    void containsExactlyTheAddressesOfItsPrefix(String cidr, String address, boolean contained) throws UnknownHostException {
        assertThat(NetworkRange.of(cidr).contains(InetAddress.getByName(address))).isEqualTo(contained);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "localhost", "amr.example.gov.cn/24", "10.0.0.0/33", "10.0.0.0/-1", "10.0.0/8",
            "999.1.1.1/32", "10.0.0.0/x", "fd00::/129", "fd00::zz/8", "10.0.0.1/8/8"})
    void anythingButAnAddressLiteralWithAFittingPrefixIsRefused(String cidr) {
        assertThatThrownBy(() -> NetworkRange.of(cidr)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void itIsWrittenAsItsNetwork() {
        assertThat(NetworkRange.of("10.20.3.4/16")).hasToString("10.20.0.0/16").isEqualTo(NetworkRange.of("10.20.0.0/16"));
        assertThat(NetworkRange.of(" fd12:3456::1/48 ")).hasToString("fd12:3456:0:0:0:0:0:0/48");
    }
}
