package cn.onewindow.intake.takein.service;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import io.vertx.pgclient.PgException;

/**
 * Take-in with an {@code Idempotency-Key}: the window's client sends one key per submission and sends
 * it again when an answer is lost (the service or the network failed after the request left). The
 * first answer is kept with the key in the take-in's own transaction, so a repeat finds either
 * nothing (the first attempt never committed: take it in now) or the first answer (return it; no
 * second case, no second notice). The same key with a different request is refused.
 */
@ApplicationScoped
public class IdempotentTakeIn {
    private static final Pattern KEY = Pattern.compile("[\\x21-\\x7e]{8,100}");
    /** intake_submission's primary key (clerk, key): V9__intake_submissions.sql. */
    private static final String SUBMISSION_KEY = "intake_submission_pkey";

    /** The answer to give: a fresh outcome, or the stored one of an earlier attempt ({@code replayed}). */
    public record Answer(int status, Object body, String caseId, boolean replayed) {
    }

    /** The caller's answer to a take-in's result: its status and what it sends. */
    public record Reply(int status, Object body) {
    }

    private final TakeInService intake;
    private final ObjectMapper json;
    private final Clock clock;

    public IdempotentTakeIn(TakeInService intake, ObjectMapper json, Clock clock) {
        this.intake = intake;
        this.json = json;
        this.clock = clock;
    }

    /**
     * {@code reply}: how the caller answers the result. It is asked here, inside the take-in, and not by the caller
     * afterwards: the answer is kept with the submission in the case's own writes, and it is written before they are
     * sent, so that while they hold the case number nothing but its placeholders is filled in ({@link #filled}).
     */
    @WithTransaction
    public Uni<Answer> takeIn(String key, TakeIn request, Actor clerk, Function<TakeInResult, Reply> reply) {
        if (key == null) {
            var writes = new Pipeline();
            return intake.takeIn(request, clerk, writes).map(r -> fresh(r, reply)).flatMap(answer -> {
                String body = writes.defers() ? write(answer.body()) : null;
                return send(writes).map(changed -> body == null ? answer : filled(answer, body, writes));
            });
        }
        if (!KEY.matcher(key).matches()) {
            return Uni.createFrom().failure(ProblemException.invalid("invalid-idempotency-key",
                    "Idempotency-Key 须为8至100个可见ASCII字符（建议使用UUID）",
                    "Idempotency-Key must be 8 to 100 visible ASCII characters (a UUID is a good choice)"));
        }
        String hash = hash(request);
        // plain SQL on the transaction's connection: it runs for every take-in (SessionSql says why)
        return SessionSql.select("select request_hash, status, cast(outcome as text) from intake_submission "
                        + "where clerk_id = $1 and idempotency_key = $2", clerk.userId(), key)
                .flatMap(rows -> rows.isEmpty() ? first(key, hash, request, clerk, reply)
                        : Uni.createFrom().item(repeat(rows.get(0), hash)));
    }

    private Uni<Answer> first(String key, String hash, TakeIn request, Actor clerk, Function<TakeInResult, Reply> reply) {
        var writes = new Pipeline();
        return intake.takeIn(request, clerk, writes).map(r -> fresh(r, reply)).flatMap(answer -> {
            // the answer is kept with the case's own rows, sent with them (one round trip while the case number is held);
            // the outcome is bound as text and cast by the database: a string bound where jsonb is expected would be
            // stored as one JSON string, not as the document. Its case numbers are placeholders the database fills in.
            String body = write(answer.body());
            // a plain insert: when another request with the same key wrote its submission first (it had not committed
            // when this one looked), the key's unique violation fails these writes in the database, so the commit sent
            // with them rolls them back (Pipeline#runAndCommit) — no check in Java could, after the answers
            writes.add("insert into intake_submission(clerk_id, idempotency_key, request_hash, status, outcome, submitted_at) "
                            + "values ($1, $2, $3, $4, cast(cast($5 as text) as jsonb), $6)",
                    clerk.userId(), key, hash, answer.status(), body, clock.instant());
            return send(writes)
                    .onFailure(IdempotentTakeIn::submittedMeanwhile).transform(sameKey -> ProblemException.conflict(
                            "submission-in-progress", "同一提交正在处理中，请稍候用同一幂等键重试；本次未做任何更改",
                            "The same submission is being processed; retry with the same key shortly (nothing was changed)"))
                    .map(changed -> writes.defers() ? filled(answer, body, writes) : answer);
        });
    }

    /**
     * Writes that take a case number go out with their commit (the number's row lock is held by every other take-in of
     * the hall until then); the rest (a notice, a sign-off request: no number) commit with the caller's transaction.
     */
    private static Uni<int[]> send(Pipeline writes) {
        return writes.defers() ? writes.runAndCommit() : writes.run();
    }

    /** The submission's key was written by another request between this one's look and its own insert. */
    static boolean submittedMeanwhile(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            String state = t instanceof SQLException sql ? sql.getSQLState() : t instanceof PgException pg ? pg.getSqlState() : null;
            if ("23505".equals(state) && String.valueOf(t.getMessage()).contains(SUBMISSION_KEY)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The answer with the case numbers the writes took in place of their placeholders: the body as the JSON text it was
     * written as (the resource sends a text as it is), filled by a plain text replacement — no serialising, while the
     * transaction still holds the number.
     */
    private static Answer filled(Answer answer, String body, Pipeline writes) {
        return new Answer(answer.status(), writes.fill(body), writes.fill(answer.caseId()), false);
    }

    private Answer repeat(Object[] row, String hash) {
        if (!hash.equals(row[0])) {
            throw new ProblemException(422, "idempotency-key-reused",
                    "该幂等键已用于另一份不同的提交；新的提交请使用新的键，未做任何更改",
                    "This Idempotency-Key was used for a different submission; use a new key (nothing was changed)");
        }
        try {
            JsonNode body = json.readTree((String) row[2]);
            String caseId = body.path("intakeCase").path("caseId").asText(null);
            return new Answer(((Number) row[1]).intValue(), body, caseId, true);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored outcome unreadable", e);
        }
    }

    private static Answer fresh(TakeInResult result, Function<TakeInResult, Reply> reply) {
        Reply r = reply.apply(result);
        return new Answer(r.status(), r.body(), result instanceof TakeInResult.CasesTakenIn t ? t.intakeCase().caseId : null, false);
    }

    private String hash(TakeIn request) {
        return hash(json, request);
    }

    /**
     * The request's fingerprint: SHA-256 of its JSON. {@code certificates} is a map whose order the client chose, so it
     * is hashed sorted by material code — the same request with its keys reordered is no other request. A request
     * naming fewer than two certificates is hashed as sent (its hash as before).
     */
    static String hash(ObjectMapper json, TakeIn request) {
        var certificates = request.certificates();
        TakeIn canonical = certificates == null || certificates.size() < 2 ? request
                : new TakeIn(request.itemCode(), request.itemCodes(), request.bundleCode(), request.applicant(), request.agent(),
                request.materials(), request.deliveryMethod(), request.deliveryAddress(), request.deferral(),
                request.outOfScopeReason(), request.reviewPoints(), request.preReviewId(), request.commitments(),
                request.parcelId(), new TreeMap<>(certificates)).withSituation(request.situationCode())
                .withPickupHall(request.pickupHallCode()).withHelpRequest(request.helpRequestId())
                .withOverruledSignOff(request.overruledSignOffId());
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json.writeValueAsBytes(canonical)));
        } catch (JsonProcessingException | NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private String write(Object body) {
        try {
            return json.writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
