package cn.onewindow.issuance.notify;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The applicants' notices ({@code onewindow.notifications.*}): the channel new notices go to, the senders' settings
 * and how the {@link NotificationDispatcher} sends. Every property under the prefix must be one of these: an unknown
 * {@code onewindow.notifications.*} property fails the start.
 */
@ConfigMapping(prefix = "onewindow.notifications")
public interface NotificationSettings {
    /** The channel a new notice is sent on ({@link NotificationSender#channel()}): MAILBOX in the local run. */
    @WithDefault("MAILBOX")
    String channel();

    /** Where {@link MailboxSender} appends each applicant's notices. No default: the service does not start without. */
    String mailboxDir();

    /** How often the dispatcher sends pending notices; read by its {@code @Scheduled} expression ({@code off} in tests). */
    @WithDefault("5s")
    String dispatchEvery();

    /** Attempts at a notice before it stays FAILED, for the issuance clerk to act on. */
    @WithDefault("8")
    int maxAttempts();

    /** The SMS gateway, for channel SMS ({@link SmsGatewaySender}). */
    Sms sms();

    interface Sms {
        /** {@code POST <url>} with {@code {"to", "text"}}; unset: notices by SMS fail (and are retried). */
        Optional<String> url();

        /** The bearer key, if the gateway wants one. */
        Optional<String> apiKey();
    }
}
