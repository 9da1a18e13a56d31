package cn.onewindow.approval.webhook.domain;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A block of IP addresses in CIDR notation ({@code 10.20.0.0/16}, {@code fd12:3456::/48}); a bare address is a block
 * of one. Written in configuration ({@code onewindow.webhooks.allowed-private-networks}), so it is parsed as a literal
 * only: a name here would be resolved once at start-up and then silently mean whatever it pointed at that moment.
 */
public final class NetworkRange {
    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");
    private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

    private final byte[] network;
    private final int prefix;

    private NetworkRange(byte[] network, int prefix) {
        this.network = network;
        this.prefix = prefix;
    }

    /**
     * Parses {@code address/prefix} or a bare address (SmallRye Config finds this method by its name).
     *
     * @throws IllegalArgumentException when it is not an IPv4 or IPv6 literal with a prefix that fits it
     */
    public static NetworkRange of(String cidr) {
        String text = cidr == null ? "" : cidr.strip();
        int slash = text.indexOf('/');
        String address = slash < 0 ? text : text.substring(0, slash);
        byte[] bytes = literal(address, cidr);
        int prefix = bytes.length * 8;
        if (slash >= 0) {
            try {
                prefix = Integer.parseInt(text.substring(slash + 1));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a network in CIDR notation: " + cidr);
            }
            if (prefix < 0 || prefix > bytes.length * 8) {
                throw new IllegalArgumentException("prefix /" + prefix + " does not fit " + address + ": " + cidr);
            }
        }
        return new NetworkRange(mask(bytes, prefix), prefix);
    }

    /** Whether {@code address} lies in this block (an IPv4 address never lies in an IPv6 block, nor the reverse). */
    public boolean contains(InetAddress address) {
        byte[] bytes = address.getAddress();
        return bytes.length == network.length && Arrays.equals(mask(bytes, prefix), network);
    }

    private static byte[] literal(String address, String cidr) {
        if (IPV4.matcher(address).matches()) {
            String[] parts = address.split("\\.");
            byte[] bytes = new byte[4];
            for (int i = 0; i < 4; i++) {
                int part = Integer.parseInt(parts[i]);
                if (part > 255) {
                    throw new IllegalArgumentException("not an IPv4 address: " + cidr);
                }
                bytes[i] = (byte) part;
            }
            return bytes;
        }
        if (!IPV6.matcher(address).matches()) {
            throw new IllegalArgumentException("not an IP address literal: " + cidr);
        }
        try {
            // in brackets an IPv6 literal is parsed, never looked up as a name
            return InetAddress.getByName("[" + address + "]").getAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("not an IP address literal: " + cidr);
        }
    }

    private static byte[] mask(byte[] bytes, int prefix) {
        byte[] masked = new byte[bytes.length];
        for (int i = 0; i < bytes.length; i++) {
            int bits = Math.max(0, Math.min(8, prefix - 8 * i));
            masked[i] = (byte) (bytes[i] & (0xFF << (8 - bits)));
        }
        return masked;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof NetworkRange r && r.prefix == prefix && Arrays.equals(r.network, network);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(network) + prefix;
    }

    @Override
    public String toString() {
        try {
            return InetAddress.getByAddress(network).getHostAddress() + "/" + prefix;
        } catch (UnknownHostException e) {
            throw new IllegalStateException("4 or 16 bytes are always an address", e);
        }
    }
}
