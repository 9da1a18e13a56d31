package cn.onewindow.issuance.notify;

/**
 * Sends one applicant notice on one channel. Implementations: {@link MailboxSender} (a local mailbox
 * directory, for the local run and the demo); an SMS gateway or e-mail relay plugs in as another
 * bean selected by {@code onewindow.notifications.channel}. A sender throws when the notice was not
 * accepted; the dispatcher then retries with back-off.
 */
public interface NotificationSender {
    /** The channel name this sender serves (MAILBOX, SMS, EMAIL). */
    String channel();

    void send(String recipient, String subject, String body) throws Exception;
}
