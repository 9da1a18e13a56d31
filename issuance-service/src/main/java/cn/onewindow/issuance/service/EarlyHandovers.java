package cn.onewindow.issuance.service;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * Hand-overs that reached the window before the decision did (#19). The department decides in the approval service
 * and hands the result over here; the decision travels as an event, so a department system that hands over at once is
 * often a moment ahead of it. Telling it 404 and letting it try again multiplied the load under pressure (2.6 calls
 * per case). The hand-over is kept instead — one per department and case, so no department can take another's place
 * — until the transaction that places the decision settles it: applied when it is the deciding department's, refused
 * (kept with the reason) for any other. Both sides take the case's hand-over lock, so a hand-over is either seen by
 * the decision's transaction or finds the decision already here. Only a well-formed case number of a day already
 * begun is kept, and a department keeps at most {@link #WAITING_PER_DEPARTMENT} waiting: the table cannot be filled
 * at will.
 */
public final class EarlyHandovers {
    /** The first key of the advisory lock on a case's hand-over (Inbox uses 1_600_204 for its keys). */
    static final int LOCK_CLASS = 1_600_206;
    /** Far more than a department decides faster than its decisions reach the window. */
    static final int WAITING_PER_DEPARTMENT = 1000;
    /** A case number: {@code <hall>-<yyyyMMdd>-<sequence>} (CaseNumbers in intake). */
    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Z0-9]{1,10}-(\\d{8})-\\d{6,9}");

    /** What the department is told: kept, and applied once the decision is at the window. */
    public record Recorded(String caseId, String departmentCode, Instant handedAt) {
    }

    private EarlyHandovers() {
    }

    /** Whether {@code caseId} is a case number the hall could have given by {@code now}: anything else is never kept. */
    static boolean possibleCaseNumber(String caseId, Instant now, ZoneId zone) {
        var m = caseId == null ? null : CASE_NUMBER.matcher(caseId);
        if (m == null || !m.matches()) {
            return false;
        }
        try {
            return !LocalDate.parse(m.group(1), DateTimeFormatter.BASIC_ISO_DATE).isAfter(LocalDate.ofInstant(now, zone));
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static Uni<Void> lock(String caseId) {
        return SessionSql.select("select pg_advisory_xact_lock(" + LOCK_CLASS + ", hashtext($1))", caseId).replaceWithVoid();
    }

    /**
     * Keeps a department's hand-over; sent again while it waits, it is kept once, as the latest. The caller holds
     * {@link #lock}; the actor's department is known (the resource refused a token without one).
     */
    static Uni<Recorded> record(String caseId, Actor actor, Instant now) {
        return SessionSql.select("select count(*) from early_handover where department_code = $1 and outcome is null "
                        + "and case_id <> $2", actor.department(), caseId)
                .flatMap(rows -> {
                    if (((Number) rows.get(0)[0]).longValue() >= WAITING_PER_DEPARTMENT) {
                        return Uni.createFrom().failure(new ProblemException(429, "too-many-handovers-waiting",
                                "本部门已有" + WAITING_PER_DEPARTMENT + "件交接在等待审批决定送达，请待决定送达后再交接",
                                "Your department already has " + WAITING_PER_DEPARTMENT
                                        + " hand-overs waiting for their decisions; hand over once the decision has arrived"));
                    }
                    return SessionSql.select("insert into early_handover (case_id, department_code, actor_id, actor_username, "
                                    + "actor_name, actor_post, handed_at) values ($1, $2, $3, $4, $5, $6, $7) "
                                    + "on conflict (case_id, department_code) do update set actor_id = excluded.actor_id, "
                                    + "actor_username = excluded.actor_username, actor_name = excluded.actor_name, "
                                    + "actor_post = excluded.actor_post, handed_at = excluded.handed_at "
                                    + "where early_handover.outcome is null returning handed_at",
                                    caseId, actor.department(), actor.userId(), actor.username(), actor.name(), actor.post(), now)
                            .map(inserted -> new Recorded(caseId, actor.department(),
                                    inserted.isEmpty() ? now : ((OffsetDateTime) inserted.get(0)[0]).toInstant()));
                });
    }

    /**
     * Settles the case's waiting hand-overs now that its decision is here: the deciding department's, as the actor
     * who handed over, when there is one; null otherwise. The caller holds {@link #lock}.
     */
    static Uni<Actor> settle(String caseId, String decidingDepartment, Instant now) {
        return SessionSql.select("update early_handover set settled_at = $2, outcome = case when department_code "
                        + "is distinct from $3 then 'OTHER_DEPARTMENT' else 'APPLIED' end "
                        + "where case_id = $1 and outcome is null "
                        + "returning outcome, actor_id, actor_username, actor_name, actor_post, department_code",
                        caseId, now, decidingDepartment)
                .map(rows -> rows.stream().filter(row -> "APPLIED".equals(row[0]))
                        .map(row -> new Actor((String) row[1], (String) row[2], (String) row[3], (String) row[4], (String) row[5],
                                null, null))
                        .findFirst().orElse(null));
    }
}
