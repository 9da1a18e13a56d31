package cn.onewindow.routing.service;

import java.time.Clock;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.MalformedEventException;
import cn.onewindow.contracts.events.BundleJoined;
import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.contracts.vocabulary.Terms;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.routing.model.BundlePart;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The join of a bundle (一件事汇合): every department's decision is noted; the last one makes the
 * bundle whole and announces it, once, so issuance hands the results out together. Decisions of one
 * bundle arrive on different partitions: a transaction-scoped advisory lock per bundle serialises
 * them, so two "last" decisions cannot both miss each other.
 */
@ApplicationScoped
public class BundleJoins {
    private final Outbox outbox;
    private final Clock clock;

    public BundleJoins(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs inside the inbox transaction of the decision event. */
    public Uni<Void> decided(CaseDecided decided) {
        var bundle = decided.bundle();
        if (bundle == null) {
            return Uni.createFrom().voidItem();
        }
        if (decided.outcome() == null) {
            // a decision the vocabulary does not know (a newer approval service): the bundle cannot be joined on it, nor
            // issued; the record goes to the dead letters and is replayed once routing knows the outcome
            throw new MalformedEventException("decision of " + decided.caseId() + " names an outcome routing does not know");
        }
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery("select count(*) from (select pg_advisory_xact_lock(hashtext(:k))) l", Long.class)
                        .setParameter("k", "bundle:" + bundle.bundleId()).getSingleResult())
                .flatMap(x -> {
                    var p = new BundlePart();
                    p.bundleId = bundle.bundleId();
                    p.caseId = decided.caseId();
                    p.bundleSize = bundle.size();
                    p.departmentCode = decided.departmentCode();
                    p.outcome = Terms.code(decided.outcome());
                    p.decidedAt = decided.decidedAt();
                    return p.persist();
                })
                .flatMap(x -> Panache.getSession().flatMap(s -> s.flush()))
                .flatMap(x -> BundlePart.<BundlePart>list("bundleId = ?1 order by caseId", bundle.bundleId()))
                .flatMap(parts -> {
                    if (parts.size() < bundle.size()) {
                        return Uni.createFrom().voidItem();
                    }
                    var now = clock.instant();
                    return Panache.getSession().flatMap(s -> s.createNativeQuery(
                                    "insert into bundle_join (bundle_id, size, joined_at) values (:b, :n, :t)")
                                    .setParameter("b", bundle.bundleId()).setParameter("n", bundle.size()).setParameter("t", now)
                                    .executeUpdate())
                            // items picked one by one have no catalogue bundle: the event has always said "" then, never null
                            .call(() -> outbox.publish(new BundleJoined(bundle.bundleId(),
                                    bundle.bundleCode() == null ? "" : bundle.bundleCode(), bundle.size(), now,
                                    parts.stream().map(p -> new BundleJoined.Part(p.caseId, p.departmentCode, p.outcome,
                                            p.decidedAt)).toList())))
                            .replaceWithVoid();
                });
    }
}
