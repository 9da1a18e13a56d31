package cn.onewindow.approval.webhook.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which addresses a webhook may have: an absolute http or https URL with a host, and nothing that the API would show
 * to everyone who reads the subscription (a user name or password in the URL) or that HTTP never sends (a fragment).
 * Credentials belong in the signature's secret, not the address; a query (some receivers take a token there) is sent
 * but never shown ({@link #shown}). Where the host may lead is judged apart, on its resolved addresses
 * ({@link EgressRule}), at registration and again before every request.
 */
public final class WebhookAddress {
    public static final int MAX_LENGTH = 2000;
    private static final Pattern IPV4_LITERAL = Pattern.compile("[0-9.]+");

    private WebhookAddress() {
    }

    /** Why an address is refused, in both languages. */
    public record Refusal(String zh, String en) {
    }

    /** The refusal of {@code url}, or empty when it may be registered. */
    public static Optional<Refusal> check(String url) {
        if (url == null || url.isBlank()) {
            return refuse("须填写接收地址", "the address is required");
        }
        if (url.length() > MAX_LENGTH) {
            return refuse("接收地址不得超过" + MAX_LENGTH + "个字符", "the address is longer than " + MAX_LENGTH + " characters");
        }
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            return refuse("接收地址不是有效的URL", "the address is not a valid URL");
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return refuse("接收地址须以 http:// 或 https:// 开头", "the address must be an http:// or https:// URL");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            return refuse("接收地址须包含主机名", "the address names no host");
        }
        if (uri.getPort() == 0 || uri.getPort() > 65535) {
            return refuse("接收地址的端口须在 1 至 65535 之间", "the port must be 1 to 65535");
        }
        if (uri.getRawUserInfo() != null) {
            return refuse("接收地址不得包含用户名或密码（请用签名密钥验证来源）",
                    "the address must not carry a user name or password (the signature proves the sender)");
        }
        if (uri.getRawFragment() != null) {
            return refuse("接收地址不得包含片段（#…）", "the address must not have a fragment (#…)");
        }
        return Optional.empty();
    }

    /**
     * The refusal of an address whose host is, or resolves to, an address that may not be called — or does not
     * resolve at all: for a name both get the same answer, so registering cannot tell which internal names exist.
     */
    public static Refusal notPublic(String url) {
        String host = URI.create(url).getHost();
        if (host.startsWith("[") || IPV4_LITERAL.matcher(host).matches()) {
            return new Refusal("接收地址不得为本机、内网、链路本地、组播等非公网地址",
                    "the address must not be a loopback, private, link-local, multicast or other non-public network address");
        }
        return new Refusal("接收地址的主机名须能解析，且只解析为公网地址",
                "the host name must resolve, and only to public network addresses");
    }

    /** Where a request to an address {@link #check} took goes: the scheme, host, port and request target. */
    public record Endpoint(boolean https, String host, int port, String target) {
        /** The host as an address lookup takes it (an IPv6 literal without its brackets). */
        public String lookupHost() {
            return host.startsWith("[") ? host.substring(1, host.length() - 1) : host;
        }
    }

    /**
     * The endpoint of {@code url}, one {@link #check} took.
     *
     * @throws IllegalArgumentException when it is not such an address (one changed in the database by hand)
     */
    public static Endpoint endpoint(String url) {
        if (check(url).isPresent()) {
            throw new IllegalArgumentException("not a webhook address: " + check(url).get().en());
        }
        URI uri = URI.create(url);
        boolean https = uri.getScheme().equalsIgnoreCase("https");
        String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
        return new Endpoint(https, uri.getHost(), uri.getPort() >= 0 ? uri.getPort() : https ? 443 : 80,
                uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery());
    }

    /**
     * {@code url} as the API shows it: without its query, which may carry a receiver's token ({@code ?…} instead). The
     * query is still sent; only who reads the webhook does not see it.
     */
    public static String shown(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query) + "?…";
    }

    private static Optional<Refusal> refuse(String zh, String en) {
        return Optional.of(new Refusal(zh, en));
    }
}
