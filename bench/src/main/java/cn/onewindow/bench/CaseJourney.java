package cn.onewindow.bench;

import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * A kind of case the driver drives ({@code --journey}): how case n of a run starts on its way, what watched the
 * cases in flight (stopped once they are done), and how the run's cases are checked in every database and timed
 * stage by stage afterwards. The driver paces and counts the cases the same way whichever the journey.
 */
interface CaseJourney {

    /** A case the driver saw to its end: when it started, and when its journey's last step was done. */
    interface Finished {
        String caseId();

        boolean measured();

        Instant started();

        Instant ended();
    }

    /** Starts case {@code n} of run {@code runId}; completes when the driver has seen it to its end, fails with the reason if not. */
    CompletableFuture<? extends Finished> start(String runId, long n, boolean measured);

    /** After the cases in flight are done (or given up): stops whatever watched them. */
    void stop();

    /** Every case taken in, looked up in every database ({@code done}: those the driver saw to their end). */
    Correctness.Result check(Databases db, List<String> takenIn, List<Finished> done) throws SQLException;

    /** Where the measured cases' time went, stage by stage. */
    Map<String, Samples.Summary> stages(Databases db, List<Finished> done) throws SQLException;
}
