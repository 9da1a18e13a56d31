package cn.onewindow.intake.takein.service;

import java.time.Clock;
import java.time.Instant;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import cn.onewindow.contracts.events.CaseDecided;
import cn.onewindow.contracts.events.CaseQueued;
import cn.onewindow.contracts.events.ResultDelivered;
import cn.onewindow.contracts.events.ResultReady;
import cn.onewindow.intake.takein.rules.CaseProgress;
import cn.onewindow.intake.takein.rules.CaseProgress.Stage;
import cn.onewindow.platform.persistence.SessionSql;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * The first handler follows the case (首办负责, #22 item 7): the department's and the issuance window's events move
 * the window's case on (CaseProgress). Runs in the inbox transaction of each event, so a repeated event is never
 * applied twice; the two topics' consumers may apply theirs at the same moment and in either order, so each stage
 * is one guarded update ("only from an earlier stage"), which PostgreSQL re-checks on the row it waited for — never
 * read, changed and written back, where the later of two transactions would undo the other.
 */
@ApplicationScoped
public class CaseFollowing {
    private static final Logger LOG = Logger.getLogger(CaseFollowing.class);
    private final Clock clock;

    public CaseFollowing(Clock clock) {
        this.clock = clock;
    }

    /** In the department's work queue (awaiting acceptance or examination). */
    public Uni<Void> queued(CaseQueued q) {
        return reach(q.caseId(), Stage.IN_DEPARTMENT, q.queuedAt());
    }

    /** Decided: the decision is kept whatever stage the case has reached (issuance may have been read first). */
    public Uni<Void> decided(CaseDecided d) {
        if (d.outcome() == null) {
            // a decision this window does not know yet (a newer approval; the contract reads it as null): followed from its
            // next stage on, not dead-lettered
            LOG.warnf("case %s: a decision not known to the window, its stage is left as it is", d.caseId());
            return Uni.createFrom().voidItem();
        }
        // the decision and the stage in one statement: each guarded on its own, so neither undoes the other's later value
        String from = from(Stage.DECIDED);
        return flushed().chain(() -> SessionSql.update("update intake_case set decision = coalesce(decision, $1), "
                        + "progress = case when " + from + " then $2 else progress end, "
                        + "progress_at = case when " + from + " then $3 else progress_at end "
                        + "where case_id = $4 and (decision is null or " + from + ")",
                        d.outcome().name(), Stage.DECIDED.name(), at(d.decidedAt()), d.caseId()))
                .replaceWithVoid();
    }

    /** At the unified issuance window. */
    public Uni<Void> resultReady(ResultReady r) {
        return reach(r.caseId(), Stage.RESULT_READY, r.readyAt());
    }

    /** Handed out, or mailed and delivered. */
    public Uni<Void> delivered(ResultDelivered d) {
        return reach(d.caseId(), Stage.DELIVERED, d.deliveredAt());
    }

    /**
     * Moves the case on to {@code stage} unless it is there or beyond. A case the window never took in (none of its
     * events should exist; a foreign record) changes nothing. The stage names in the SQL are the enum's, not input.
     */
    private Uni<Void> reach(String caseId, Stage stage, Instant at) {
        return flushed().chain(() -> SessionSql.update("update intake_case set progress = $1, progress_at = $2 where case_id = $3 and "
                        + from(stage), stage.name(), at(at), caseId))
                .invoke(n -> {
                    if (n == 0) {
                        LOG.debugf("case %s: already at %s or beyond, or not the window's", caseId, stage);
                    }
                })
                .replaceWithVoid();
    }

    /** The condition "not yet at {@code stage}": no stage, or one before it. */
    private static String from(Stage stage) {
        var earlier = CaseProgress.earlier(stage);
        return earlier.isEmpty() ? "progress is null"
                : "(progress is null or progress in (" + earlier.stream().map(s -> "'" + s.name() + "'")
                .collect(Collectors.joining(", ")) + "))";
    }

    private Instant at(Instant at) {
        return at != null ? at : clock.instant();
    }

    /**
     * The session's own changes written first, as a Hibernate native statement would have done: plain SQL on the
     * transaction's connection (SessionSql) skips Hibernate's native query plans, which never hit (docs/performance.md).
     */
    private static Uni<Void> flushed() {
        return Panache.getSession().flatMap(s -> s.flush());
    }
}
