package cn.onewindow.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.FeeAssessed;
import cn.onewindow.issuance.service.FeeNotices;
import cn.onewindow.testsupport.Sql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;

/**
 * A notice read while the applicant's contact is being written in another transaction, not yet committed (read
 * committed: the notice's read misses it, and the contact's release misses the notice's own uncommitted row): the notice
 * waits for the contact's transaction (the case's advisory lock, NoticesAwaitingContact.lock) and then reads it, so it is
 * due at once instead of waiting for ever. The contact's transaction is played by a connection that holds the lock (as
 * ContactEventsConsumer takes it) with the contact written and uncommitted; the fee's path runs as its inbox
 * transaction would (FeeNotices.assessed in a transaction), without Kafka.
 */
@QuarkusTest
class NoticeContactRaceTest {
    /** NoticesAwaitingContact.LOCK_CLASS. */
    private static final int LOCK_CLASS = 1_600_207;

    @Inject
    FeeNotices fees;

    @Test
    void aFeeReadWhileTheContactIsBeingWrittenIsDueOnceItCommits() throws Exception {
        String caseId = "T-" + UUID.randomUUID();
        var fee = new FeeAssessed(caseId, UUID.randomUUID().toString(), "AMR", 5000, "工本费", "请到收费窗口缴纳。", null,
                Instant.parse("2026-11-23T02:00:00Z"), Actor.system("approval-service"));
        CompletableFuture<Void> assessed;
        try (Connection contact = connection()) {
            contact.setAutoCommit(false);
            contact.createStatement().execute("select pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext('" + caseId + "'))");
            contact.createStatement().executeUpdate("insert into applicant_contact (case_id, phone, recorded_at) values ('"
                    + caseId + "', '13912345678', now())");

            assessed = CompletableFuture.runAsync(() -> {
                try {
                    VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> fees.assessed(fee)));
                } catch (Throwable e) {
                    throw new IllegalStateException(e);
                }
            });
            // the fee's transaction either waits on the case's lock (fixed) or went ahead without the contact (the race)
            long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
            while (!assessed.isDone() && Sql.count(waitingOnLock(caseId)) == 0 && System.nanoTime() < end) {
                Thread.sleep(50);
            }
            contact.commit();
        }
        assessed.get(30, TimeUnit.SECONDS);
        assertThat(Sql.count(FeeNoticeTest.due(caseId))).as("due: it read the contact committed before it").isEqualTo(1);
    }

    @Test
    void aFeeReadAfterTheContactIsDueAtOnceAndOneReadBeforeWaits() throws Throwable {
        String before = "T-" + UUID.randomUUID();
        Sql.execute("insert into applicant_contact (case_id, phone, recorded_at) values ('" + before + "', '13912345678', now())");
        assess(before);
        assertThat(Sql.count(FeeNoticeTest.due(before))).isEqualTo(1);

        String after = "T-" + UUID.randomUUID();
        assess(after);
        assertThat(Sql.count(FeeNoticeTest.due(after))).as("no contact yet: waiting").isZero();
        assertThat(Sql.count("select count(*) from notification where case_id = '" + after + "'")).isEqualTo(1);
    }

    private void assess(String caseId) throws Throwable {
        var fee = new FeeAssessed(caseId, UUID.randomUUID().toString(), "AMR", 5000, "工本费", null, null,
                Instant.parse("2026-11-23T02:00:00Z"), Actor.system("approval-service"));
        VertxContextSupport.subscribeAndAwait(() -> Panache.withTransaction(() -> fees.assessed(fee)));
    }

    private static String waitingOnLock(String caseId) {
        return "select count(*) from pg_locks where locktype = 'advisory' and not granted and classid = " + LOCK_CLASS
                + " and objid = (hashtext('" + caseId + "')::bigint & 4294967295)::oid";
    }

    private static Connection connection() throws Exception {
        var config = ConfigProvider.getConfig();
        return DriverManager.getConnection(config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class));
    }
}
