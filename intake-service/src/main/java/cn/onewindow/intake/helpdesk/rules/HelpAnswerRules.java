package cn.onewindow.intake.helpdesk.rules;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * The help desk's one-minute rule (帮办代办 "1 分钟内响应"): a request is answered in time when the answer comes no later
 * than its limit after the request came in. The limit is the hall's ({@code HallDefinition.helpAnswerSeconds}) as it
 * was when the request came in.
 */
public final class HelpAnswerRules {
    /** Where the request came from: at a window, a self-service terminal (自助终端), on the phone. */
    public static final List<String> CHANNELS = List.of("WINDOW", "TERMINAL", "PHONE");
    /** How it was answered: on first contact, taken in on the applicant's behalf (代办), sent elsewhere. */
    public static final String RESOLVED = "RESOLVED";
    public static final String ASSISTED = "ASSISTED";
    public static final String REFERRED = "REFERRED";
    /** The hall's limit when neither the hall nor the configuration says one (the source documents' one minute). */
    public static final int DEFAULT_SECONDS = 60;

    private HelpAnswerRules() {
    }

    /** Answered within {@code limitSeconds} of the request (the limit's last second included). */
    public static boolean inTime(Instant createdAt, Instant answeredAt, int limitSeconds) {
        return !answeredAt.isAfter(createdAt.plusSeconds(limitSeconds));
    }

    /** Whether an unanswered request is already past its limit at {@code now}: it can no longer be answered in time. */
    public static boolean overdue(Instant createdAt, int limitSeconds, Instant now) {
        return now.isAfter(createdAt.plusSeconds(limitSeconds));
    }

    /** Whole seconds left to answer in time at {@code now} (negative once late): the desk's countdown. */
    public static long secondsLeft(Instant createdAt, int limitSeconds, Instant now) {
        return Duration.between(now, createdAt.plusSeconds(limitSeconds)).toSeconds();
    }

    /**
     * The limit that applies: the configured override (the test run's few seconds), else the hall's, else
     * {@link #DEFAULT_SECONDS}. An override or hall value below one second is no limit and is ignored.
     */
    public static int limitSeconds(Integer override, Integer hall) {
        if (override != null && override > 0) {
            return override;
        }
        return hall != null && hall > 0 ? hall : DEFAULT_SECONDS;
    }

    /**
     * A phone number as lists show it: the first three and the last four digits of a mobile number (138****5678), of
     * anything else the last four only. The whole number stays with the request for the helper's call back.
     */
    public static String maskPhone(String phone) {
        if (phone == null || phone.isBlank()) {
            return null;
        }
        String p = phone.strip();
        if (p.length() == 11) {
            return p.substring(0, 3) + "****" + p.substring(7);
        }
        return p.length() <= 4 ? "****" : "****" + p.substring(p.length() - 4);
    }
}
