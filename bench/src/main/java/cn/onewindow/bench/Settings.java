package cn.onewindow.bench;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * What a run does, from {@code --name value} arguments. {@code rate} 0 means as fast as the suite
 * goes (a fixed number of cases in flight); otherwise new cases start at that many per second.
 * The run ends after {@code cases} cases or {@code duration}, whichever is given. {@code token-renewal}
 * renews access tokens that often, so that a run meets Keycloak (the fault runs make it unreachable).
 * {@code journey} is the case each arrival makes: {@code full} (Journey, the default) or {@code settled}
 * (SettledJourney); {@code supplement-share} applies to the full journey only.
 */
public record Settings(String gateway, String keycloak, int pgPort, String home, double rate, int inFlight, int maxInFlight,
                       Duration warmup, Duration duration, int cases, double supplementShare, String out,
                       Duration tokenRenewal, JourneyKind journey) {

    /** Which journey the cases make ({@code --journey}). */
    public enum JourneyKind {
        FULL, SETTLED;

        static JourneyKind of(String name) {
            return switch (name) {
                case "full" -> FULL;
                case "settled" -> SETTLED;
                default -> throw new IllegalArgumentException("--journey must be settled or full, not " + name);
            };
        }

        /** As the option names it. */
        @Override
        public String toString() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public static Settings parse(String[] args) {
        Map<String, String> a = new HashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("expected --name value, got " + args[i]);
            }
            a.put(args[i].substring(2), args[i + 1]);
        }
        String profile = a.getOrDefault("profile", env("OW_PROFILE", "demo"));
        int offset = "test".equals(profile) ? 10_000 : 0;
        String root = env("OW_ROOT", "..");
        return new Settings(
                a.getOrDefault("gateway", "http://127.0.0.1:" + (8080 + offset)),
                a.getOrDefault("keycloak", "http://127.0.0.1:" + (18180 + offset)),
                Integer.parseInt(a.getOrDefault("pg-port", String.valueOf(15432 + offset))),
                a.getOrDefault("home", root + "/.local/" + profile),
                Double.parseDouble(a.getOrDefault("rate", "0")),
                Integer.parseInt(a.getOrDefault("in-flight", "48")),
                // at a fixed rate, arrivals beyond this many cases in flight are counted as not started
                Integer.parseInt(a.getOrDefault("max-in-flight", "400")),
                seconds(a.getOrDefault("warmup", "30")),
                seconds(a.getOrDefault("duration", "60")),
                Integer.parseInt(a.getOrDefault("cases", "0")),
                Double.parseDouble(a.getOrDefault("supplement-share", "0.1")),
                a.getOrDefault("out", "target/bench-report.json"),
                // renew access tokens this often instead of at 70 % of their life (0 = the default)
                a.getOrDefault("token-renewal", "0").equals("0") ? null : seconds(a.get("token-renewal")),
                JourneyKind.of(a.getOrDefault("journey", "full")));
    }

    static Duration seconds(String s) {
        return s.endsWith("m") ? Duration.ofMinutes(Long.parseLong(s.substring(0, s.length() - 1)))
                : Duration.ofSeconds(Long.parseLong(s.replace("s", "")));
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
