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
    public static Map<String, Samples.Summary> of(Databases db, List<Journey.Times> cases) throws SQLException {
        List<Journey.Times> measured = cases.stream().filter(Journey.Times::measured).toList();
        String[] ids = measured.stream().map(Journey.Times::caseId).toArray(String[]::new);
        Map<String, Instant> accepted = instants(db, "intake", "select case_id, accepted_at from intake_case where case_id = any(?)", ids);
        Map<String, Instant> routed = instants(db, "routing", "select case_id, routed_at from routing_assignment where case_id = any(?)", ids);
        Map<String, Instant> queued = instants(db, "approval", "select case_id, queued_at from approval_case where case_id = any(?)", ids);
        Map<String, Instant> decided = instants(db, "approval", "select case_id, decided_at from approval_case where case_id = any(?)", ids);
        Map<String, Instant> ready = instants(db, "issuance", "select case_id, ready_at from issuance_record where case_id = any(?)", ids);
        Samples s = new Samples();
        for (Journey.Times t : measured) {
            String id = t.caseId();
            add(s, "1 intake call (client)", t.started(), t.intakeReturned());
            add(s, "2 intake → routed", accepted.get(id), routed.get(id));
            add(s, "3 routed → in department queue", routed.get(id), queued.get(id));
            add(s, "4 intake call returned → in department queue", t.intakeReturned(), queued.get(id));
            add(s, "5 intake call returned → seen on the department feed", t.intakeReturned(), t.seenInQueue());
            add(s, "6 decision → ready at the issuance window", decided.get(id), ready.get(id));
            add(s, "7 handed out → rating recorded", t.handedOut(), t.rated());
            add(s, "8 end to end (intake call → rating)", t.started(), t.rated());
        }
        return s.summaries();
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
