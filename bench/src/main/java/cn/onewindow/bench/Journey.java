package cn.onewindow.bench;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * One case through the hall, as the people and systems around it act: a clerk takes it in (AMR-0001,
 * accepted on the spot), the AMR department's system finds it on its feed and decides it — for a share
 * of cases only after a supplement round trip through the window — and hands the licence to the
 * issuance window, the issuance clerk hands it out, and the applicant rates the back office with the
 * rating link their notice brought.
 */
public class Journey {
    static final String ITEM = "AMR-0001";
    static final String CREDIT_CODE = "91350100M000100Y43";
    /**
     * AMR-0001's review points (审查要点) in the demo catalogue's words, each confirmed as the clerk ticks them: the
     * intake refuses a take-in with one unanswered (like the materials above, the bench takes the demo hall as given).
     */
    static final List<Map<String, String>> REVIEW_POINTS = java.util.stream.Stream.of("名称须经自主申报通过", "章程须全体股东签署",
            "住所证明可容缺后补").map(p -> Map.of("itemCode", ITEM, "point", p, "outcome", "CONFIRMED")).toList();

    public record Times(String caseId, boolean supplement, boolean measured, Instant started, Instant intakeReturned,
                        Instant seenInQueue, Instant decided, Instant handedOut, Instant rated) {
    }

    private final Api api;
    private final Tokens tokens;
    private final QueueWatcher queue;
    private final RatingNotices notices;

    public Journey(Api api, Tokens tokens, QueueWatcher queue, RatingNotices notices) {
        this.api = api;
        this.tokens = tokens;
        this.queue = queue;
        this.notices = notices;
    }

    static String departmentToken(Tokens tokens) {
        return tokens.system("dept-amr-system", "amr-system-secret");
    }

    public CompletableFuture<Times> run(String runId, long n, boolean supplement, boolean measured,
                                       java.util.Collection<String> takenIn, java.util.Collection<String> supplemented) {
        Instant started = Instant.now();
        String clerk = n % 2 == 0 ? "clerk1" : "clerk2";
        var body = Map.of("itemCode", ITEM,
                "applicant", Map.of("kind", "ORGANISATION", "name", "压测" + runId + "-" + n, "idNumber", CREDIT_CODE),
                "materials", List.of(m("APP", "PROVIDED"), m("AOA", "PROVIDED"), m("LR-ID", "ORIGINAL_VERIFIED"),
                        m("ADDR", "PROVIDED"), m("POA", "NOT_APPLICABLE")),
                "deliveryMethod", "PICKUP", "reviewPoints", REVIEW_POINTS);
        // one key per submission: a take-in whose answer was lost is sent again and gets its first answer back
        var key = Map.of("Idempotency-Key", "bench-" + runId + "-" + n);
        return persist(() -> api.call("intake.take-in", "POST", "/api/intake/cases", tokens.staff(clerk), body, key)).thenCompose(o -> {
            Api.Answer a = o.answer();
            expect(a, 201, "take-in");
            String caseId = a.body().path("intakeCase").path("caseId").asText();
            Instant returned = Instant.now();
            takenIn.add(caseId);
            if (supplement) {
                supplemented.add(caseId);
            }
            return queue.queued(caseId)
                    .thenCompose(seen -> (supplement ? supplementRoundTrip(caseId, clerk) : done()).thenCompose(x -> decide(caseId))
                            .thenCompose(decided -> handOver(caseId)
                                    .thenCompose(x -> pickUp(caseId))
                                    .thenCompose(handedOut -> rate(caseId)
                                            .thenApply(rated -> new Times(caseId, supplement, measured, started, returned, seen,
                                                    decided, handedOut, rated)))));
        });
    }

    /** The department asks for a corrected 住所使用证明; the window receives it; the clock runs again. */
    private CompletableFuture<Void> supplementRoundTrip(String caseId, String clerk) {
        String dept = departmentToken(tokens);
        var request = Map.of("materials", List.of(Map.of("code", "ADDR", "name", "住所使用证明", "problem", "复印件不清晰")));
        return retryingConflicts(() -> api.call("approval.supplement-request", "POST",
                        "/api/approval/department/cases/" + caseId + "/supplement-request", dept, request))
                .thenCompose(o -> {
                    expectDone(o, 200, "supplement-request");
                    return until(() -> api.call("intake.case", "GET", "/api/intake/cases/" + caseId, tokens.staff(clerk), null),
                            x -> x.ok() && "SUPPLEMENT_REQUESTED".equals(x.body().path("status").asText()));
                })
                .thenCompose(x -> persist(() -> api.call("intake.supplements", "POST", "/api/intake/cases/" + caseId + "/supplements",
                        tokens.staff(clerk), Map.of("materials", List.of("ADDR")))))
                .thenCompose(o -> {
                    expectDone(o, 200, "supplements");
                    return until(() -> api.call("approval.clock", "GET", "/api/approval/department/cases/" + caseId + "/clock",
                                    departmentToken(tokens), null),
                            x -> x.ok() && x.body().path("stops").size() > 0
                                    && java.util.stream.StreamSupport.stream(x.body().path("stops").spliterator(), false)
                                    .noneMatch(s -> s.path("resumedAt").asText().isEmpty()));
                })
                .thenApply(x -> null);
    }

    private CompletableFuture<Instant> decide(String caseId) {
        var decision = Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照");
        return retryingConflicts(() -> api.call("approval.decision", "POST", "/api/approval/department/cases/" + caseId + "/decision",
                departmentToken(tokens), decision)).thenApply(o -> {
                    expectDone(o, 200, "decision");
                    return Instant.now();
                });
    }

    /** Until the issuance service has the decision (a moment after it), the hand-over is 404: try again. */
    private CompletableFuture<Void> handOver(String caseId) {
        return until(() -> api.call("issuance.arrival", "POST", "/api/issuance/issuance/" + caseId + "/arrival",
                departmentToken(tokens), null), a -> a.status() != 404).thenAccept(o -> expectDone(o, 200, "arrival"));
    }

    private CompletableFuture<Instant> pickUp(String caseId) {
        var pickup = Map.of("receivedBy", "王小明（法定代表人）", "identityChecked", true, "signature", "data:image/png;base64,iVBORw0KGgo=",
                "receiverRole", "APPLICANT");
        return retryingConflicts(() -> api.call("issuance.pickup", "POST", "/api/issuance/issuance/" + caseId + "/pickup",
                tokens.staff("issuer1"), pickup)).thenApply(o -> {
                    expectDone(o, 200, "pickup");
                    return Instant.now();
                });
    }

    /** The applicant rates with the token from the rating link in their notice (no staff endpoint hands tokens out). */
    private CompletableFuture<Instant> rate(String caseId) {
        return notices.tokens(caseId)
                .thenCompose(link -> {
                    var rating = Map.of("caseId", caseId, "stage", "BACK_OFFICE", "level", 5, "token", link.get("BACK_OFFICE"));
                    return persist(() -> api.call("evaluation.rating", "POST", "/api/evaluation/ratings", null, rating));
                })
                .thenApply(o -> {
                    expectDone(o, 201, "rating");
                    return Instant.now();
                });
    }

    /**
     * An answer after riding out failures on the way: {@code uncertain} when an earlier attempt failed
     * after it was sent (a reset connection, a 502/504 from the gateway) and so may have taken effect.
     */
    record Outcome(Api.Answer answer, boolean uncertain) {
    }

    /**
     * Sends a call until it gets an answer that is not a failure of the way there: a refused or reset
     * connection, a 502/503/504 (a service restarting, the database restarting), or a resent take-in
     * meeting its first attempt still in progress. Waits 100 ms and then
     * twice as long each time up to 2 s, for at most three minutes, as a well-behaved client does.
     */
    static CompletableFuture<Outcome> persist(Supplier<CompletableFuture<Api.Answer>> call) {
        return persist(call, System.nanoTime() + Duration.ofMinutes(3).toNanos(), 100, false);
    }

    private static CompletableFuture<Outcome> persist(Supplier<CompletableFuture<Api.Answer>> call, long deadline, long waitMs,
                                                      boolean uncertain) {
        CompletableFuture<Api.Answer> attempt;
        try {
            attempt = call.get();
        } catch (RuntimeException e) { // no token to be had (Keycloak away and the held one expired): not sent
            attempt = CompletableFuture.failedFuture(e);
        }
        return attempt.handle((a, failure) -> {
            if (failure == null && !(a.status() == 502 || a.status() == 503 || a.status() == 504 || inProgress(a))) {
                return CompletableFuture.completedFuture(new Outcome(a, uncertain));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up after three minutes of failures; last: "
                        + (failure != null ? failure : a.status() + " " + a.body()));
            }
            // a refused connection or a 503 never reached anything that acts; anything else may have
            boolean mayHaveActed = failure != null ? !neverSent(failure) : a.status() != 503;
            Executor later = CompletableFuture.delayedExecutor(waitMs, TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> null, later)
                    .thenCompose(x -> persist(call, deadline, Math.min(2000, waitMs * 2), uncertain || mayHaveActed));
        }).thenCompose(f -> f);
    }

    /** The first attempt of this submission is still being taken in: its answer will be there in a moment. */
    private static boolean inProgress(Api.Answer a) {
        return a.status() == 409 && "submission-in-progress".equals(a.body().path("code").asText());
    }

    private static boolean neverSent(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof java.net.ConnectException || t instanceof Tokens.Unavailable) {
                return true;
            }
        }
        return false;
    }

    /**
     * Repeats a call until its answer satisfies {@code done}, for at most two minutes, waiting 100 ms
     * and then twice as long each time up to 800 ms, as a well-behaved client does (hammering a slow
     * service is what turns a busy minute into a collapse). Failures on the way are ridden out.
     */
    static CompletableFuture<Outcome> until(Supplier<CompletableFuture<Api.Answer>> call,
                                            java.util.function.Predicate<Api.Answer> done) {
        return until(call, done, System.nanoTime() + Duration.ofMinutes(2).toNanos(), 100, false);
    }

    private static CompletableFuture<Outcome> until(Supplier<CompletableFuture<Api.Answer>> call,
                                                    java.util.function.Predicate<Api.Answer> done, long deadline, long waitMs,
                                                    boolean uncertain) {
        return persist(call).thenCompose(o -> {
            boolean u = uncertain || o.uncertain();
            if (done.test(o.answer())) {
                return CompletableFuture.completedFuture(new Outcome(o.answer(), u));
            }
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("gave up waiting; last answer " + o.answer().status() + " " + o.answer().body());
            }
            Executor later = CompletableFuture.delayedExecutor(waitMs, TimeUnit.MILLISECONDS);
            return CompletableFuture.supplyAsync(() -> null, later)
                    .thenCompose(x -> until(call, done, deadline, Math.min(800, waitMs * 2), u));
        });
    }

    /** A 409 concurrent-change (a monitor touched the row at that instant; nothing changed) is tried again. */
    static CompletableFuture<Outcome> retryingConflicts(Supplier<CompletableFuture<Api.Answer>> call) {
        return until(call, a -> !(a.status() == 409 && "concurrent-change".equals(a.body().path("code").asText())));
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }

    private static Map<String, String> m(String code, String status) {
        return Map.of("code", code, "status", status);
    }

    /**
     * The act is done when it was answered as expected — or, after an attempt that may have acted, when
     * the repeat is refused as a conflict with the state that act made (the case already decided, handed
     * out, rated). Whether it really was done once is what the correctness check after the run verifies.
     */
    private static void expectDone(Outcome o, int status, String step) {
        if (o.uncertain() && o.answer().status() == 409) {
            return;
        }
        expect(o.answer(), status, step);
    }

    private static void expect(Api.Answer a, int status, String step) {
        if (a.status() != status) {
            throw new IllegalStateException(step + " answered " + a.status() + ": " + a.body());
        }
    }
}
