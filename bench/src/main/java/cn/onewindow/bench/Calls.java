package cn.onewindow.bench;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * How every journey calls the suite, as a well-behaved client does: riding out the failures of the way
 * there with back-offs, repeating a call until its answer shows what it waits for, and telling an act
 * done from an answer (a repeat of an act that may already have taken effect is refused as a conflict).
 */
final class Calls {
    private Calls() {
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

    /**
     * The act is done when it was answered as expected — or, after an attempt that may have acted, when
     * the repeat is refused as a conflict with the state that act made (the case already decided, handed
     * out, rated). Whether it really was done once is what the correctness check after the run verifies.
     */
    static void expectDone(Outcome o, int status, String step) {
        if (o.uncertain() && o.answer().status() == 409) {
            return;
        }
        expect(o.answer(), status, step);
    }

    static void expect(Api.Answer a, int status, String step) {
        if (a.status() != status) {
            throw new IllegalStateException(step + " answered " + a.status() + ": " + a.body());
        }
    }
}
