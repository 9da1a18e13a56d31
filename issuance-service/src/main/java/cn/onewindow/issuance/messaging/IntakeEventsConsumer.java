package cn.onewindow.issuance.messaging;

import java.time.Clock;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CaseTakenIn;
import cn.onewindow.platform.inbox.Inbox;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * Keeps whose each case is, by pseudonym, from intake's CaseTakenIn ({@code applicantRef}): what lets an applicant's
 * login see the notices and certificates of their own cases here (ApplicantResource). Only that is read from the
 * event; a case taken in before the field existed has none, and is kept out (no row).
 */
@ApplicationScoped
public class IntakeEventsConsumer {
    private final Inbox inbox;
    private final Clock clock;

    public IntakeEventsConsumer(Inbox inbox, Clock clock) {
        this.inbox = inbox;
        this.clock = clock;
    }

    @Incoming("intake-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("issuance-service/intake", batch, Set.of(EventTypes.CASE_TAKEN_IN), event -> {
            var taken = inbox.read(event, CaseTakenIn.class);
            if (taken.applicantRef() == null || !taken.applicantRef().matches("[0-9a-f]{64}")) {
                return Uni.createFrom().voidItem();
            }
            // a case has one applicant: the first record stands (a replay carries the same)
            return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into case_applicant (case_id, applicant_ref, "
                            + "recorded_at) values (:c, :r, :t) on conflict (case_id) do nothing")
                    .setParameter("c", taken.caseId()).setParameter("r", taken.applicantRef()).setParameter("t", clock.instant())
                    .executeUpdate()).replaceWithVoid();
        });
    }
}
