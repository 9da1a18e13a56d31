package cn.onewindow.issuance.rest;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

import cn.onewindow.platform.observability.PersonalNumbers;
import cn.onewindow.issuance.model.Notification;

/**
 * A notice as the issuance clerk and the supervisor see it in the list: what was sent, to whom (masked)
 * and how it went — but not the rating link's tokens (#20, item 6: a clerk who could read them could
 * rate their own work; the applicant alone receives them).
 */
public record NotificationView(UUID id, String caseId, String kind, String channel, String recipient, String body,
                               String status, int attempts, String lastError, Instant createdAt, Instant sentAt) {
    /** A rating token in a link: {@code front=…} / {@code back=…} up to the next separator. */
    static final Pattern TOKEN_IN_LINK = Pattern.compile("\\b(front|back|token)=[^&\\s]+");

    public static NotificationView of(Notification n) {
        return new NotificationView(n.id, n.caseId, n.kind, n.channel, PersonalNumbers.mask(n.recipient), withoutTokens(n.body),
                n.status, n.attempts, n.lastError, n.createdAt, n.sentAt);
    }

    static String withoutTokens(String body) {
        return body == null ? null : TOKEN_IN_LINK.matcher(body).replaceAll("$1=***");
    }
}
