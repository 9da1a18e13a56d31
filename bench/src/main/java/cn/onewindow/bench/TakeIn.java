package cn.onewindow.bench;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;

/**
 * The window's take-in, as every journey makes it: the clerk whose turn it is submits the file once, with
 * a key of its own, riding out failures on the way (a take-in whose answer was lost is sent again and gets
 * its first answer back); a case is taken in when it is answered 201. Also the pieces of a take-in's body
 * that do not depend on the item: the applicant, a material's line, the review points confirmed.
 */
final class TakeIn {
    /** The applicant of every bench case: a company with a valid unified social credit code. */
    static final String CREDIT_CODE = "91350100M000100Y43";

    /** A case taken in: its number, the path the window took (IntakePathDecider), when it was sent and answered. */
    record Taken(String caseId, String path, Instant started, Instant returned) {
    }

    private final Api api;
    private final Tokens tokens;

    TakeIn(Api api, Tokens tokens) {
        this.api = api;
        this.tokens = tokens;
    }

    /** The two window clerks take turns, as two windows of the hall do. */
    static String clerk(long n) {
        return n % 2 == 0 ? "clerk1" : "clerk2";
    }

    /** Submits case {@code n}'s file; a case taken in is added to {@code takenIn}, anything but a 201 fails the journey. */
    CompletableFuture<Taken> submit(String runId, long n, String clerk, Object body, Collection<String> takenIn) {
        Instant started = Instant.now();
        // one key per submission: a take-in whose answer was lost is sent again and gets its first answer back
        var key = Map.of("Idempotency-Key", "bench-" + runId + "-" + n);
        return Calls.persist(() -> api.call("intake.take-in", "POST", "/api/intake/cases", tokens.staff(clerk), body, key)).thenApply(o -> {
            Api.Answer a = o.answer();
            Calls.expect(a, 201, "take-in");
            String caseId = a.body().path("intakeCase").path("caseId").asText();
            Instant returned = Instant.now();
            takenIn.add(caseId);
            return new Taken(caseId, a.body().path("outcome").asText(), started, returned);
        });
    }

    /** The applicant of case {@code n}: a company named after the run and the case, so a case is found by its name. */
    static Map<String, String> applicant(String runId, long n) {
        return Map.of("kind", "ORGANISATION", "name", "压测" + runId + "-" + n, "idNumber", CREDIT_CODE);
    }

    /** One line of the clerk's materials checklist. */
    static Map<String, String> material(String code, String status) {
        return Map.of("code", code, "status", status);
    }

    /**
     * An item's review points (审查要点) in the catalogue's words, each confirmed as the clerk ticks them: the intake
     * refuses a take-in with one unanswered (like the materials, the bench takes the demo hall's catalogue as given).
     */
    static List<Map<String, String>> confirmed(String item, String... points) {
        return Stream.of(points).map(p -> Map.of("itemCode", item, "point", p, "outcome", "CONFIRMED")).toList();
    }
}
