package cn.onewindow.issuance.service;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.regex.Pattern;

import cn.onewindow.common.events.Actor;
import cn.onewindow.common.persistence.SessionSql;
import io.smallrye.mutiny.Uni;

/**
 * Hand-overs that reached the window before the decision did (#19). The department decides in the approval service
 * and hands the result over here; the decision travels as an event, so a department system that hands over at once is
 * often a moment ahead of it. Telling it 404 and letting it try again multiplied the load under pressure (2.6 calls
 * per case). The hand-over is kept instead — one per department and case, so no department can take another's place
 * — and settled in the transaction that places the decision: applied when it is the deciding department's and the
 * decision came within {@link #PATIENCE}, refused otherwise (kept with the reason). Both sides take the case's
 * hand-over lock, so a hand-over is either seen by the decision's transaction or finds the decision already here.
 */
public final class EarlyHandovers {
    /** A hand-over older than this when its decision arrives has lapsed: the department hands over again. */
    public static final Duration PATIENCE = Duration.ofMinutes(10);
    /** The first key of the advisory lock on a case's hand-over (Inbox uses 1_600_204 for its keys). */
    static final int LOCK_CLASS = 1_600_206;
    /** The shape of a case number (a bundle's part included): anything else cannot be a case, and is not kept. */
    private static final Pattern CASE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,63}");

    /** What the department is told: kept, and applied once the decision is at the window. */
    public record Recorded(String caseId, String departmentCode, Instant handedAt) {
    }

    private EarlyHandovers() {
    }

    static boolean possibleCaseId(String caseId) {
        return caseId != null && CASE_ID.matcher(caseId).matches();
    }

    static Uni<Void> lock(String caseId) {
        return SessionSql.select("select pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext($1))", caseId).replaceWithVoid();
    }

    /** Keeps a department's hand-over (a repeat keeps the first); the caller holds {@link #lock}. */
    static Uni<Recorded> record(String caseId, Actor actor, Instant now) {
        return SessionSql.select("insert into early_handover (case_id, department_code, actor_id, actor_username, actor_name, "
                        + "actor_post, handed_at) values ($1, $2, $3, $4, $5, $6, $7) "
                        + "on conflict (case_id, department_code) do update set case_id = excluded.case_id returning handed_at",
                        caseId, actor.department(), actor.userId(), actor.username(), actor.name(), actor.post(), now)
                .map(rows -> new Recorded(caseId, actor.department(), ((OffsetDateTime) rows.get(0)[0]).toInstant()));
    }

    /**
     * Settles the case's waiting hand-overs now that its decision is here; the deciding department's, as the actor
     * who handed over, when it applies; null when none does. The caller holds {@link #lock}.
     */
    static Uni<Actor> settle(String caseId, String decidingDepartment, Instant now) {
        return SessionSql.select("update early_handover set settled_at = $2, outcome = case when department_code <> $3 "
                        + "then 'OTHER_DEPARTMENT' when handed_at < $4 then 'LAPSED' else 'APPLIED' end "
                        + "where case_id = $1 and outcome is null "
                        + "returning outcome, actor_id, actor_username, actor_name, actor_post, department_code",
                        caseId, now, decidingDepartment, now.minus(PATIENCE))
                .map(rows -> rows.stream().filter(row -> "APPLIED".equals(row[0]))
                        .map(row -> new Actor((String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                                null, null))
                        .findFirst().orElse(null));
    }
}
