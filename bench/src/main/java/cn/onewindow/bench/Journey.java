package cn.onewindow.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * One case through the hall, as the people and systems around it act ({@code --journey full}): a clerk takes
 * it in (AMR-0001, accepted on the spot), the AMR department's system finds it on its feed and decides it — for
 * a share of cases only after a supplement round trip through the window — and hands the licence to the
 * issuance window, the issuance clerk hands it out, and the applicant rates the back office with the
 * rating link their notice brought.
 */
public class Journey implements CaseJourney {
    static final String ITEM = "AMR-0001";
    /** AMR-0001's review points (审查要点) in the demo catalogue's words, each confirmed as the clerk ticks them. */
    static final List<Map<String, String>> REVIEW_POINTS = TakeIn.confirmed(ITEM, "名称须经自主申报通过", "章程须全体股东签署",
            "住所证明可容缺后补");

    public record Times(String caseId, boolean supplement, boolean measured, Instant started, Instant intakeReturned,
                        Instant seenInQueue, Instant decided, Instant handedOut, Instant rated) implements CaseJourney.Finished {
        /** The journey ends with the applicant's rating. */
        @Override
        public Instant ended() {
            return rated;
        }
    }

    private final Api api;
    private final Tokens tokens;
    private final TakeIn takeIn;
    private final QueueWatcher queue;
    private final RatingNotices notices;
    private final ReadyNotices ready;
    private final double supplementShare;
    private final Collection<String> takenIn;
    private final Collection<String> supplemented = new ConcurrentLinkedQueue<>();

    public Journey(Api api, Tokens tokens, QueueWatcher queue, RatingNotices notices, ReadyNotices ready, double supplementShare,
                   Collection<String> takenIn) {
        this.api = api;
        this.tokens = tokens;
        this.takeIn = new TakeIn(api, tokens);
        this.queue = queue;
        this.notices = notices;
        this.ready = ready;
        this.supplementShare = supplementShare;
        this.takenIn = takenIn;
    }

    /**
     * The hall opening for full journeys: the department's system reads its feed from where it stands now, the
     * applicants' phones wait for rating links, and everyone who acts logs in once before the clock starts, as the
     * staff do at the start of the day.
     */
    static Journey open(Api api, Tokens tokens, Databases db, double supplementShare, Collection<String> takenIn)
            throws SQLException {
        long cursor = db.scalar("approval", "select coalesce(max(feed_seq), 0) from approval_case where department_code = 'AMR'");
        QueueWatcher queue = new QueueWatcher(api, tokens, cursor);
        LoadDriver.daemon(queue, "department-feed");
        RatingNotices notices = new RatingNotices(db);
        LoadDriver.daemon(notices, "rating-notices");
        ReadyNotices ready = new ReadyNotices(db);
        LoadDriver.daemon(ready, "ready-notices");
        for (String u : List.of("clerk1", "clerk2", "issuer1")) {
            tokens.staff(u);
        }
        departmentToken(tokens);
        return new Journey(api, tokens, queue, notices, ready, supplementShare, takenIn);
    }

    static String departmentToken(Tokens tokens) {
        return tokens.system("dept-amr-system", "amr-system-secret");
    }

    /** Every {@code 1/supplementShare}-th case goes through a supplement round trip. */
    @Override
    public CompletableFuture<Times> start(String runId, long n, boolean measured) {
        boolean supplement = supplementShare > 0 && n % Math.max(1, Math.round(1 / supplementShare)) == 0;
        return run(runId, n, supplement, measured);
    }

    @Override
    public void stop() {
        queue.stop();
        notices.stop();
        ready.stop();
    }

    @Override
    public Correctness.Result check(Databases db, List<String> takenIn, List<CaseJourney.Finished> done) throws SQLException {
        return Correctness.check(db, takenIn, done.stream().map(CaseJourney.Finished::caseId).toList(), List.copyOf(supplemented));
    }

    @Override
    public Map<String, Samples.Summary> stages(Databases db, List<CaseJourney.Finished> done) throws SQLException {
        return Stages.of(db, done.stream().map(Times.class::cast).toList());
    }

    /** Case {@code n}'s journey, through a supplement round trip or not. */
    public CompletableFuture<Times> run(String runId, long n, boolean supplement, boolean measured) {
        String clerk = TakeIn.clerk(n);
        var body = Map.of("itemCode", ITEM, "applicant", TakeIn.applicant(runId, n),
                "materials", List.of(TakeIn.material("APP", "PROVIDED"), TakeIn.material("AOA", "PROVIDED"),
                        TakeIn.material("LR-ID", "ORIGINAL_VERIFIED"), TakeIn.material("ADDR", "PROVIDED"),
                        TakeIn.material("POA", "NOT_APPLICABLE")),
                "deliveryMethod", "PICKUP", "reviewPoints", REVIEW_POINTS);
        return takeIn.submit(runId, n, clerk, body, takenIn).thenCompose(taken -> {
            String caseId = taken.caseId();
            if (supplement) {
                supplemented.add(caseId);
            }
            return queue.queued(caseId)
                    .thenCompose(seen -> (supplement ? supplementRoundTrip(caseId, clerk) : done()).thenCompose(x -> decide(caseId))
                            .thenCompose(decided -> handOver(caseId)
                                    .thenCompose(x -> pickUp(caseId))
                                    .thenCompose(handedOut -> rate(caseId)
                                            .thenApply(rated -> new Times(caseId, supplement, measured, taken.started(),
                                                    taken.returned(), seen, decided, handedOut, rated)))));
        });
    }

    /** The department asks for a corrected 住所使用证明; the window receives it; the clock runs again. */
    private CompletableFuture<Void> supplementRoundTrip(String caseId, String clerk) {
        String dept = departmentToken(tokens);
        var request = Map.of("materials", List.of(Map.of("code", "ADDR", "name", "住所使用证明", "problem", "复印件不清晰")));
        return Calls.retryingConflicts(() -> api.call("approval.supplement-request", "POST",
                        "/api/approval/department/cases/" + caseId + "/supplement-request", dept, request))
                .thenCompose(o -> {
                    Calls.expectDone(o, 200, "supplement-request");
                    return Calls.until(() -> api.call("intake.case", "GET", "/api/intake/cases/" + caseId, tokens.staff(clerk), null),
                            x -> x.ok() && "SUPPLEMENT_REQUESTED".equals(x.body().path("status").asText()));
                })
                .thenCompose(x -> Calls.persist(() -> api.call("intake.supplements", "POST", "/api/intake/cases/" + caseId + "/supplements",
                        tokens.staff(clerk), Map.of("materials", List.of("ADDR")))))
                .thenCompose(o -> {
                    Calls.expectDone(o, 200, "supplements");
                    return Calls.until(() -> api.call("approval.clock", "GET", "/api/approval/department/cases/" + caseId + "/clock",
                                    departmentToken(tokens), null),
                            x -> x.ok() && x.body().path("stops").size() > 0
                                    && java.util.stream.StreamSupport.stream(x.body().path("stops").spliterator(), false)
                                    .noneMatch(s -> s.path("resumedAt").asText().isEmpty()));
                })
                .thenApply(x -> null);
    }

    private CompletableFuture<Instant> decide(String caseId) {
        var decision = Map.of("outcome", "APPROVED", "resultKind", "LICENCE", "resultTitle", "营业执照");
        return Calls.retryingConflicts(() -> api.call("approval.decision", "POST", "/api/approval/department/cases/" + caseId + "/decision",
                departmentToken(tokens), decision)).thenApply(o -> {
                    Calls.expectDone(o, 200, "decision");
                    return Instant.now();
                });
    }

    /**
     * The department hands the result over right after deciding. The issuance window answers 200 when it has the
     * decision (the result is ready), or 202 when the decision has not reached it yet: the hand-over is kept and applied
     * when it arrives, and the applicant comes when the result-ready notice tells them to.
     */
    private CompletableFuture<Void> handOver(String caseId) {
        return Calls.persist(() -> api.call("issuance.arrival", "POST", "/api/issuance/issuance/" + caseId + "/arrival",
                departmentToken(tokens), null)).thenCompose(o -> {
                    if (o.answer().status() == 202) {
                        return ready.ready(caseId);
                    }
                    Calls.expectDone(o, 200, "arrival");
                    return done();
                });
    }

    private CompletableFuture<Instant> pickUp(String caseId) {
        var pickup = Map.of("receivedBy", "王小明（法定代表人）", "identityChecked", true, "signature", "data:image/png;base64,iVBORw0KGgo=",
                "receiverRole", "APPLICANT");
        return Calls.retryingConflicts(() -> api.call("issuance.pickup", "POST", "/api/issuance/issuance/" + caseId + "/pickup",
                tokens.staff("issuer1"), pickup)).thenApply(o -> {
                    Calls.expectDone(o, 200, "pickup");
                    return Instant.now();
                });
    }

    /** The applicant rates with the token from the rating link in their notice (no staff endpoint hands tokens out). */
    private CompletableFuture<Instant> rate(String caseId) {
        return notices.tokens(caseId)
                .thenCompose(link -> {
                    var rating = Map.of("caseId", caseId, "stage", "BACK_OFFICE", "level", 5, "token", link.get("BACK_OFFICE"));
                    return Calls.persist(() -> api.call("evaluation.rating", "POST", "/api/evaluation/ratings", null, rating));
                })
                .thenApply(o -> {
                    Calls.expectDone(o, 201, "rating");
                    return Instant.now();
                });
    }

    private static CompletableFuture<Void> done() {
        return CompletableFuture.completedFuture(null);
    }
}
