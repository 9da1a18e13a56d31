package cn.onewindow.intake.takein.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.CertificateIssued;
import cn.onewindow.contracts.events.CertificateRevoked;
import cn.onewindow.intake.certificate.service.CertificateCopies;
import cn.onewindow.contracts.events.ResultDelivered;
import cn.onewindow.contracts.events.ResultReady;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.intake.takein.service.CaseFollowing;
import cn.onewindow.intake.takein.service.ContactErasure;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/**
 * The issuance window's acts: the case's first handler follows it to the issuance window and to the applicant
 * (首办负责); and from the moment a case's result is handed out, its contact's days are counted.
 */
@ApplicationScoped
public class IssuanceEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.RESULT_READY, EventTypes.RESULT_DELIVERED,
            EventTypes.CERTIFICATE_ISSUED, EventTypes.CERTIFICATE_REVOKED);

    private final Inbox inbox;
    private final ContactErasure erasure;
    private final CaseFollowing following;
    private final CertificateCopies certificates;

    public IssuanceEventsConsumer(Inbox inbox, ContactErasure erasure, CaseFollowing following, CertificateCopies certificates) {
        this.inbox = inbox;
        this.certificates = certificates;
        this.erasure = erasure;
        this.following = following;
    }

    @Incoming("issuance-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("intake-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.RESULT_READY -> following.resultReady(inbox.read(event, ResultReady.class));
            case EventTypes.RESULT_DELIVERED -> delivered(inbox.read(event, ResultDelivered.class));
            // 证照自动引用: intake's copy of the e-certificates, to serve later applications' materials
            case EventTypes.CERTIFICATE_ISSUED -> certificates.issued(inbox.read(event, CertificateIssued.class));
            case EventTypes.CERTIFICATE_REVOKED -> certificates.revoked(inbox.read(event, CertificateRevoked.class));
            default -> Uni.createFrom().voidItem();
        });
    }

    /** One delivery, two effects in the one inbox transaction: the contact's retention starts, the case is delivered. */
    private Uni<Void> delivered(ResultDelivered d) {
        return erasure.delivered(d).chain(() -> following.delivered(d));
    }
}
