package cn.onewindow.evaluation.messaging;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;

import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.events.ResultDelivered;
import cn.onewindow.contracts.events.ResultReady;
import cn.onewindow.contracts.vocabulary.Terms;
import cn.onewindow.platform.inbox.Inbox;
import cn.onewindow.evaluation.service.EvaluationService;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.kafka.KafkaRecordBatch;

/** Consumes issuance's events: a result at the window is noted for the statistics; a delivered case opens for rating exactly once. */
@ApplicationScoped
public class IssuanceEventsConsumer {
    /** The types this consumer acts on; the others on the topic pass without touching the database. */
    static final Set<String> HANDLED = Set.of(EventTypes.RESULT_READY, EventTypes.RESULT_DELIVERED);

    private final Inbox inbox;
    private final EvaluationService evaluation;

    public IssuanceEventsConsumer(Inbox inbox, EvaluationService evaluation) {
        this.inbox = inbox;
        this.evaluation = evaluation;
    }

    @Incoming("issuance-events")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Uni<Void> onEvents(KafkaRecordBatch<String, String> batch) {
        return inbox.batch("evaluation-service", batch, HANDLED, event -> switch (event.type()) {
            case EventTypes.RESULT_READY -> noteReady(inbox.read(event, ResultReady.class));
            case EventTypes.RESULT_DELIVERED -> evaluation.openForRating(inbox.read(event, ResultDelivered.class));
            default -> Uni.createFrom().voidItem();
        });
    }

    /**
     * Notes when the result reached the window (the statistics' actual time, acceptance to result). The inbox
     * applies each event once; a second ready event for the same case (none is expected) keeps the first.
     */
    private static Uni<Void> noteReady(ResultReady ready) {
        if (ready.readyAt() == null) { // the contract does not require it; without it there is no time to note
            return Uni.createFrom().voidItem();
        }
        return Panache.getSession().flatMap(s -> s.createNativeQuery("insert into result_ready (case_id, department_code, "
                        + "outcome, ready_at) values (:c, :d, :o, :r) on conflict (case_id) do nothing")
                .setParameter("c", ready.caseId()).setParameter("d", ready.departmentCode())
                .setParameter("o", Terms.code(ready.outcome())).setParameter("r", ready.readyAt())
                .executeUpdate()).replaceWithVoid();
    }
}
