package cn.onewindow.issuance.notify;

import jakarta.enterprise.context.ApplicationScoped;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/**
 * Notices by e-mail through the hall's SMTP relay ({@code quarkus.mailer.*}). A case without an e-mail
 * address on record fails visibly, like SMS without a number.
 */
@ApplicationScoped
public class EmailSender implements NotificationSender {
    private final Mailer mailer;

    public EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public String channel() {
        return "EMAIL";
    }

    @Override
    public void send(Recipient recipient, String subject, String body) {
        if (recipient.email() == null) {
            throw new IllegalStateException("no e-mail address on record for " + recipient);
        }
        mailer.send(Mail.withText(recipient.email(), subject, body));
    }
}
