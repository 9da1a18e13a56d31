package cn.onewindow.issuance.notify;

/**
 * Sends one applicant notice on one channel. Implementations: {@link MailboxSender} (a local mailbox
 * directory, for the local run and the demo) and {@link SmsGatewaySender} (an SMS gateway over HTTP);
 * another channel plugs in as another bean, chosen by {@code onewindow.notifications.channel}. A
 * sender throws when the notice was not accepted; the dispatcher then retries with back-off.
 */
public interface NotificationSender {
    /** The channel name this sender serves (MAILBOX, SMS, …). */
    String channel();

    void send(Recipient recipient, String subject, String body) throws Exception;
}
