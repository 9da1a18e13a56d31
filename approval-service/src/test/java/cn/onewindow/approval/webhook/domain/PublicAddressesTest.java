package cn.onewindow.approval.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which addresses count as public: only those a webhook may call without an operator's say-so. */
class PublicAddressesTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "127.0.0.1", "127.255.255.254", "0.0.0.0", "0.1.2.3", "10.0.0.1", "10.255.255.255", "172.16.0.1",
            "172.31.255.255", "192.168.1.1", "100.64.0.1", "100.127.255.255", "169.254.169.254", "169.254.0.1",
            "192.0.0.8", "192.0.2.1", "198.18.0.1", "198.51.100.7", "203.0.113.9", "224.0.0.1", "239.255.255.250",
            "240.0.0.1", "255.255.255.255",
            "::", "::1", "::127.0.0.1", "fc00::1", "fd12:3456::1", "fe80::1", "febf::1", "fec0::1", "ff02::1",
            "2001:db8::1", "2001::1", "100::1", "64:ff9b:1::1",
            // an IPv4 address inside an IPv6 one is judged by the IPv4 one: mapped, NAT64, 6to4
            "::ffff:127.0.0.1", "::ffff:169.254.169.254", "64:ff9b::a00:1", "64:ff9b::a9fe:a9fe", "2002:a00:1::1",
            "2002:7f00:1::"})
    void loopbackPrivateLinkLocalMetadataMulticastAndReservedAreNotPublic(String address) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"1.1.1.1", "8.8.8.8", "114.114.114.114", "223.5.5.5", "172.15.255.255", "172.32.0.1",
            "100.63.255.255", "100.128.0.1", "169.253.255.255", "192.167.255.255", "223.255.255.255",
            "2400:3200::1", "2001:4860:4860::8888", "240e::1", "64:ff9b::808:808", "2002:808:808::1"})
    void addressesOnThePublicInternetArePublic(String address) throws UnknownHostException {
        assertThat(PublicAddresses.isPublic(InetAddress.getByName(address))).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"169.254.169.254", "10.0.0.1", "127.0.0.1"})
    void anIpv4MappedAddressBuiltAsIpv6IsJudgedByItsIpv4Address(String ipv4) throws UnknownHostException {
        // Java turns a parsed ::ffff:a.b.c.d into an IPv4 address itself; built from its 16 bytes as IPv6 it stays one
        byte[] bytes = new byte[16];
        bytes[10] = (byte) 0xFF;
        bytes[11] = (byte) 0xFF;
        System.arraycopy(InetAddress.getByName(ipv4).getAddress(), 0, bytes, 12, 4);
        var mapped = Inet6Address.getByAddress(null, bytes, -1);
        assertThat(mapped.getAddress()).hasSize(16);
        assertThat(PublicAddresses.isPublic(mapped)).isFalse();
    }
}
