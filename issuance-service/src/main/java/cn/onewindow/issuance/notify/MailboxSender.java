package cn.onewindow.issuance.notify;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * The local run's "SMS gateway": appends each notice to {@code <mailbox>/<recipient>.txt}, where the
 * demo (and an operator) can read what the applicant was told.
 */
@ApplicationScoped
public class MailboxSender implements NotificationSender {
    private final Path dir;

    public MailboxSender(NotificationSettings settings) {
        this.dir = Path.of(settings.mailboxDir());
    }

    @Override
    public String channel() {
        return "MAILBOX";
    }

    @Override
    public void send(Recipient recipient, String subject, String body) throws Exception {
        Files.createDirectories(dir);
        String safe = ("applicant-" + recipient.caseId()).replaceAll("[^A-Za-z0-9._-]", "_");
        Files.writeString(dir.resolve(safe + ".txt"), "== " + Instant.now() + " " + subject + "\n" + body + "\n\n",
                StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
