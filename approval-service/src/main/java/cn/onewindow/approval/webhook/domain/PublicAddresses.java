package cn.onewindow.approval.webhook.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.List;

/**
 * Which IP addresses are on the public internet. A webhook is called from inside the hall's network, so an address
 * of that network — or of the host itself, or of the cloud's metadata service — would let a department make
 * approval-service call what only it can reach (server-side request forgery). Not public: the IANA special-purpose
 * blocks that are not globally reachable (RFC 6890 and its updates: loopback, "this network", RFC 1918 private, shared
 * 100.64/10, link-local 169.254/16 with the metadata address 169.254.169.254, unique-local fc00::/7, link-local
 * fe80::/10, documentation and benchmarking blocks), multicast and the reserved 240/4 with the broadcast address. An
 * IPv6 address that carries an IPv4 one (IPv4-mapped, NAT64 64:ff9b::/96, 6to4 2002::/16) is judged by that one.
 */
public final class PublicAddresses {
    private static final List<NetworkRange> NOT_PUBLIC = Arrays.stream(new String[] {
            "0.0.0.0/8", "10.0.0.0/8", "100.64.0.0/10", "127.0.0.0/8", "169.254.0.0/16", "172.16.0.0/12",
            "192.0.0.0/24", "192.0.2.0/24", "192.88.99.0/24", "192.168.0.0/16", "198.18.0.0/15", "198.51.100.0/24",
            "203.0.113.0/24", "224.0.0.0/4", "240.0.0.0/4",
            // IPv6: unspecified, loopback and the deprecated IPv4-compatible block (::/96 holds all three), local-use
            // NAT64, discard-only, IETF protocol assignments (Teredo among them), documentation, SRv6, unique-local,
            // link-local, the deprecated site-local, multicast
            "::/96", "64:ff9b:1::/48", "100::/64", "2001::/23", "2001:db8::/32", "3fff::/20", "5f00::/16", "fc00::/7",
            "fe80::/10", "fec0::/10", "ff00::/8"}).map(NetworkRange::of).toList();
    private static final NetworkRange NAT64 = NetworkRange.of("64:ff9b::/96");
    private static final NetworkRange SIX_TO_FOUR = NetworkRange.of("2002::/16");

    private PublicAddresses() {
    }

    /** Whether {@code address} is a public internet address. */
    public static boolean isPublic(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length == 16) {
            if (mapped(bytes) || NAT64.contains(address)) {
                return isPublic(ipv4(Arrays.copyOfRange(bytes, 12, 16)));
            }
            if (SIX_TO_FOUR.contains(address)) {
                return isPublic(ipv4(Arrays.copyOfRange(bytes, 2, 6)));
            }
        }
        return NOT_PUBLIC.stream().noneMatch(range -> range.contains(address));
    }

    /** ::ffff:a.b.c.d (Java mostly turns these into IPv4 addresses itself; not when built from bytes as IPv6). */
    private static boolean mapped(byte[] bytes) {
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return false;
            }
        }
        return bytes[10] == (byte) 0xFF && bytes[11] == (byte) 0xFF;
    }

    private static InetAddress ipv4(byte[] bytes) {
        try {
            return InetAddress.getByAddress(bytes);
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 bytes are always an address", e);
        }
    }
}
