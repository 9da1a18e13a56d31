package cn.onewindow.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

import cn.onewindow.contracts.vocabulary.IntakePath;

/**
 * 当场办结 ({@code --journey settled}): a clerk takes in a file of an immediate item the window may approve on the
 * spot — one call, and nothing else from the driver. The system does the rest by itself: routing, the approval
 * (queued and decided at once, in the window clerk's name, under the approve-on-the-spot delegation), the result
 * ready at the issuance window with nobody handing it over, and the evaluation service noting it ready. The
 * driver learns the end from evaluation's database ({@link ReadyCases}), never by polling an API.
 */
public class SettledJourney implements CaseJourney {
    /**
     * 单位参保登记 (HRSS-0001): immediate (promised in 0 working days) and not high-risk, so the demo hall delegates
     * it with APPROVE_ON_SPOT besides ACCEPT (DemoDataSeeder.demoPowers) and IntakePathDecider settles it on the spot.
     * It serves organisations, so the bench's company applies as for AMR-0001 (whose follow-on item it is), and its
     * list is two key materials whose originals the window verifies — nothing optional, nothing to defer.
     */
    static final String ITEM = "HRSS-0001";
    static final List<Map<String, String>> MATERIALS = List.of(TakeIn.material("BL", "ORIGINAL_VERIFIED"),
            TakeIn.material("LR-ID", "ORIGINAL_VERIFIED"));
    /** HRSS-0001's review points, word for word (the curly quotes included): a point worded otherwise is refused. */
    static final List<Map<String, String>> REVIEW_POINTS = TakeIn.confirmed(ITEM, "核对申请人身份与申请表签字一致",
            "核验原件与复印件一致，复印件加盖“与原件核对一致”章");
    static final String SETTLED_ON_SPOT = IntakePath.SETTLED_ON_SPOT.name();

    /** The driver's times of a settled case: {@code seenReady}, when it saw the case noted ready in evaluation. */
    public record Times(String caseId, boolean measured, Instant started, Instant intakeReturned, Instant seenReady)
            implements CaseJourney.Finished {
        /** The journey ends when evaluation has noted the result ready. */
        @Override
        public Instant ended() {
            return seenReady;
        }
    }

    private final TakeIn takeIn;
    private final ReadyCases ready;
    private final Collection<String> takenIn;

    private SettledJourney(TakeIn takeIn, ReadyCases ready, Collection<String> takenIn) {
        this.takeIn = takeIn;
        this.ready = ready;
        this.takenIn = takenIn;
    }

    /** The hall opening for settled journeys: evaluation watched for ready results, the window clerks logged in once. */
    static SettledJourney open(Api api, Tokens tokens, Databases db, Collection<String> takenIn) throws SQLException {
        ReadyCases ready = ReadyCases.open(db);
        LoadDriver.daemon(ready, "ready-cases");
        for (String u : List.of("clerk1", "clerk2")) {
            tokens.staff(u);
        }
        return new SettledJourney(new TakeIn(api, tokens), ready, takenIn);
    }

    /**
     * A file taken in on another path (the hall's delegation for the item changed: no approve-on-the-spot) would
     * wait for a department that never comes: the journey fails at once, with the path the window took.
     */
    @Override
    public CompletableFuture<Times> start(String runId, long n, boolean measured) {
        return takeIn.submit(runId, n, TakeIn.clerk(n), body(runId, n), takenIn).thenCompose(taken -> {
            if (!SETTLED_ON_SPOT.equals(taken.path())) {
                throw new IllegalStateException("take-in of " + ITEM + " took the path " + taken.path() + ", not " + SETTLED_ON_SPOT);
            }
            return ready.ready(taken.caseId())
                    .thenApply(at -> new Times(taken.caseId(), measured, taken.started(), taken.returned(), at));
        });
    }

    /** Case {@code n}'s file: complete, every original verified, every review point confirmed; the result picked up at the window. */
    static Map<String, Object> body(String runId, long n) {
        return Map.of("itemCode", ITEM, "applicant", TakeIn.applicant(runId, n), "materials", MATERIALS,
                "deliveryMethod", "PICKUP", "reviewPoints", REVIEW_POINTS);
    }

    @Override
    public void stop() {
        ready.stop();
    }

    @Override
    public Correctness.Result check(Databases db, List<String> takenIn, List<CaseJourney.Finished> done) throws SQLException {
        return Correctness.checkSettled(db, takenIn, done.stream().map(CaseJourney.Finished::caseId).toList());
    }

    @Override
    public Map<String, Samples.Summary> stages(Databases db, List<CaseJourney.Finished> done) throws SQLException {
        return Stages.settled(db, done.stream().map(Times.class::cast).toList());
    }
}
