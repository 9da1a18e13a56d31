package cn.onewindow.bench;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where a case's time goes, stage by stage, for the measured cases: from the instants each service
 * recorded (same machine, same clock) and the driver's own observations.
 */
public class Stages {
    /** The full journey's stages. */
    public static Map<String, Samples.Summary> of(Databases db, List<Journey.Times> cases) throws SQLException {
        List<Journey.Times> measured = measured(cases);
        Recorded at = Recorded.read(db, measured);
        Samples s = new Samples();
        for (Journey.Times t : measured) {
            String id = t.caseId();
            add(s, "1 intake call (client)", t.started(), t.intakeReturned());
            add(s, "2 intake → routed", at.accepted().get(id), at.routed().get(id));
            add(s, "3 routed → in department queue", at.routed().get(id), at.queued().get(id));
            add(s, "4 intake call returned → in department queue", t.intakeReturned(), at.queued().get(id));
            add(s, "5 intake call returned → seen on the department feed", t.intakeReturned(), t.seenInQueue());
            add(s, "6 decision → ready at the issuance window", at.decided().get(id), at.ready().get(id));
            add(s, "7 handed out → rating recorded", t.handedOut(), t.rated());
            add(s, "8 end to end (intake call → rating)", t.started(), t.rated());
        }
        return s.summaries();
    }

    /**
     * The settled journey's stages: nobody acts between them, so they are the system's own. A settled case is
     * queued and decided in one transaction (approval's queued_at and decided_at a moment apart): one stage.
     */
    public static Map<String, Samples.Summary> settled(Databases db, List<SettledJourney.Times> cases) throws SQLException {
        List<SettledJourney.Times> measured = measured(cases);
        Recorded at = Recorded.read(db, measured);
        Map<String, Instant> evaluated = notedInEvaluation(db, measured);
        Samples s = new Samples();
        for (SettledJourney.Times t : measured) {
            String id = t.caseId();
            add(s, "1 intake call (client)", t.started(), t.intakeReturned());
            add(s, "2 intake → routed", at.accepted().get(id), at.routed().get(id));
            add(s, "3 routed → queued and decided on the spot", at.routed().get(id), at.decided().get(id));
            add(s, "4 decision → ready at the issuance window", at.decided().get(id), at.ready().get(id));
            add(s, "5 ready at the issuance window → noted in evaluation", at.ready().get(id), evaluated.get(id));
            add(s, "6 end to end (intake call → noted in evaluation)", t.started(), evaluated.get(id));
        }
        return s.summaries();
    }

    /**
     * When evaluation applied each case's result-ready event, by its own clock: its inbox's processed_at, stamped in
     * the transaction that wrote the case's result_ready row (whose ready_at is issuance's instant, carried on the
     * event, so it cannot time the last hop). The inbox knows the event by id only; issuance's outbox row for the
     * case's result-ready event gives the id.
     */
    private static Map<String, Instant> notedInEvaluation(Databases db, List<SettledJourney.Times> cases) throws SQLException {
        String[] ids = cases.stream().map(SettledJourney.Times::caseId).toArray(String[]::new);
        Map<String, String> caseOfEvent = new HashMap<>();
        for (Object[] row : db.rows("issuance", "select event_id::text, aggregate_id from outbox_event where aggregate_id = any(?) "
                + "and event_type = 'cn.onewindow.case.result-ready.v1'", (Object) ids)) {
            caseOfEvent.put((String) row[0], (String) row[1]);
        }
        Map<String, Instant> byEvent = instants(db, "evaluation", "select event_id, processed_at from processed_event "
                + "where consumer = 'evaluation-service' and event_id = any(?)", caseOfEvent.keySet().toArray(String[]::new));
        Map<String, Instant> out = new HashMap<>();
        byEvent.forEach((event, at) -> out.put(caseOfEvent.get(event), at));
        return out;
    }

    private static <T extends CaseJourney.Finished> List<T> measured(List<T> cases) {
        return cases.stream().filter(CaseJourney.Finished::measured).toList();
    }

    /** The instants the services recorded for each case, by case. */
    private record Recorded(Map<String, Instant> accepted, Map<String, Instant> routed, Map<String, Instant> queued,
                            Map<String, Instant> decided, Map<String, Instant> ready) {
        static Recorded read(Databases db, List<? extends CaseJourney.Finished> cases) throws SQLException {
            String[] ids = cases.stream().map(CaseJourney.Finished::caseId).toArray(String[]::new);
            return new Recorded(
                    instants(db, "intake", "select case_id, accepted_at from intake_case where case_id = any(?)", ids),
                    instants(db, "routing", "select case_id, routed_at from routing_assignment where case_id = any(?)", ids),
                    instants(db, "approval", "select case_id, queued_at from approval_case where case_id = any(?)", ids),
                    instants(db, "approval", "select case_id, decided_at from approval_case where case_id = any(?)", ids),
                    instants(db, "issuance", "select case_id, ready_at from issuance_record where case_id = any(?)", ids));
        }
    }

    private static void add(Samples s, String name, Instant from, Instant to) {
        if (from != null && to != null) {
            s.add(name, Duration.between(from, to).toNanos() / 1e6);
        }
    }

    private static Map<String, Instant> instants(Databases db, String service, String sql, String[] ids) throws SQLException {
        Map<String, Instant> out = new HashMap<>();
        for (Object[] row : db.rows(service, sql, (Object) ids)) {
            if (row[1] != null) {
                out.put((String) row[0], ((Timestamp) row[1]).toInstant());
            }
        }
        return out;
    }
}
