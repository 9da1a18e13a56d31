package cn.onewindow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.HttpServer;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;
import cn.onewindow.issuance.notify.NotificationDispatcher;
import cn.onewindow.testsupport.Events;
import cn.onewindow.testsupport.Sql;
import cn.onewindow.testsupport.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * Notices by SMS through an SMS gateway (a real HTTP server on loopback standing in for the operator's)
 * and by e-mail through the mailer (its mock mailbox in tests), to the contact from intake's contact
 * topic; a case without a number fails visibly instead of vanishing.
 */
@QuarkusTest
class NoticeChannelsTest {
    @Inject
    NotificationDispatcher dispatcher;
    @Inject
    io.quarkus.mailer.MockMailbox mailbox;
    HttpServer gateway;
    final List<String> received = new CopyOnWriteArrayList<>();

    @BeforeEach
    void startGateway() throws Exception {
        gateway = HttpServer.create(new InetSocketAddress("127.0.0.1", 28199), 0);
        gateway.createContext("/sms", exchange -> {
            received.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            exchange.sendResponseHeaders(202, -1);
            exchange.close();
        });
        gateway.start();
    }

    @AfterEach
    void stop() {
        gateway.stop(0);
        TestClock.reset();
    }

    static void pendingSms(String caseId) {
        pending(caseId, "SMS");
    }

    static void pending(String caseId, String channel) {
        Sql.execute("insert into notification (id, case_id, kind, channel, recipient, body, status, attempts, next_attempt_at, created_at)"
                + " values ('" + UUID.randomUUID() + "', '" + caseId + "', 'RESULT_READY', '" + channel + "', 'applicant-" + caseId
                + "', '您的办理结果已到统一出件窗口', 'PENDING', 0, '2026-11-23T02:00:00Z', '2026-11-23T02:00:00Z')");
    }

    @Test
    void theNoticeGoesToTheNumberIntakeRecordedAndACaseWithoutOneFailsVisibly() throws Throwable {
        String withPhone = "T-" + UUID.randomUUID();
        String withoutPhone = "T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CONTACT, withPhone, EventTypes.CONTACT_RECORDED,
                "{\"caseId\":\"" + withPhone + "\",\"phone\":\"13912345678\"}");
        assertThat(Sql.awaitCount("select count(*) from applicant_contact where case_id = '" + withPhone + "'", 1)).isEqualTo(1);
        pendingSms(withPhone);
        pendingSms(withoutPhone);

        TestClock.moveTo(Instant.parse("2026-11-23T02:00:01Z"));
        VertxContextSupport.subscribeAndAwait(() -> dispatcher.dispatch());

        assertThat(received).hasSize(1);
        assertThat(received.get(0)).contains("\"to\":\"13912345678\"", "统一出件窗口");
        assertThat(Sql.count("select count(*) from notification where case_id = '" + withPhone + "' and status = 'SENT'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from notification where case_id = '" + withoutPhone
                + "' and status = 'PENDING' and attempts = 1 and last_error like '%no mobile number on record%'")).isEqualTo(1);
        assertThat(Sql.count("select count(*) from notification where case_id = '" + withoutPhone
                + "' and last_error like '%1391234%'")).as("no number in the error").isZero();
    }

    @Test
    void byEmailToTheAddressIntakeRecorded() throws Throwable {
        String caseId = "T-" + UUID.randomUUID();
        Events.send(Topics.INTAKE_CONTACT, caseId, EventTypes.CONTACT_RECORDED,
                "{\"caseId\":\"" + caseId + "\",\"email\":\"lihua@example.cn\"}");
        assertThat(Sql.awaitCount("select count(*) from applicant_contact where case_id = '" + caseId + "'", 1)).isEqualTo(1);
        pending(caseId, "EMAIL");
        TestClock.moveTo(Instant.parse("2026-11-23T02:00:01Z"));
        VertxContextSupport.subscribeAndAwait(() -> dispatcher.dispatch());
        var mails = mailbox.getMailsSentTo("lihua@example.cn");
        assertThat(mails).hasSize(1);
        assertThat(mails.get(0).getText()).contains("统一出件窗口");
        assertThat(mails.get(0).getSubject()).contains(caseId);
        assertThat(Sql.count("select count(*) from notification where case_id = '" + caseId + "' and status = 'SENT'")).isEqualTo(1);
    }
}
