package cn.onewindow.evaluation.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.events.CommitmentFoundFalse;
import cn.onewindow.evaluation.model.CaseFact;
import cn.onewindow.evaluation.model.FalseCommitment;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * 告知承诺制 in supervision: the commitments the departments' verifications found false (承诺不实), kept from approval's
 * events (the inbox applies each once) and shown over a period — a count per department and the list — beside the
 * other supervision figures. 把告知承诺事项纳入信用监管: the supervisor sees where false commitments come from.
 */
@ApplicationScoped
public class FalseCommitments {
    private final Clock clock;

    public FalseCommitments(Clock clock) {
        this.clock = clock;
    }

    /** In the inbox transaction of the event; one row per case and material. */
    public Uni<Void> found(CommitmentFoundFalse f) {
        var row = new FalseCommitment();
        row.caseId = f.caseId();
        row.materialCode = f.materialCode();
        row.departmentCode = f.departmentCode();
        row.note = f.note();
        row.foundAt = f.foundAt();
        row.foundByName = f.actor() == null ? null : f.actor().name();
        return FalseCommitment.<FalseCommitment>findById(new FalseCommitment.Key(row.caseId, row.materialCode))
                .flatMap(existing -> existing == null ? row.persist().replaceWithVoid() : Uni.createFrom().voidItem());
    }

    /** The figures of a period (days in the hall's zone): the count per department, and every finding, latest first. */
    public record Figures(LocalDate from, LocalDate to, int total, Map<String, Long> perDepartment, List<Finding> findings) {
    }

    /**
     * One finding as the supervisor reads it: the item named from the case's facts (evaluation keeps them from the take-in;
     * null only for a case whose take-in this service never heard of).
     */
    public record Finding(String caseId, String itemCode, String itemName, String materialCode, String departmentCode,
                          String note, Instant foundAt, String foundByName) {
        static Finding of(FalseCommitment r, CaseFact fact) {
            return new Finding(r.caseId, fact == null ? null : fact.itemCode, fact == null ? null : fact.itemName,
                    r.materialCode, r.departmentCode, r.note, r.foundAt, r.foundByName);
        }
    }

    @WithSession
    public Uni<Figures> figures(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("bad-period", "统计期间的结束日期早于开始日期", "The period ends before it starts");
        }
        var zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return FalseCommitment.<FalseCommitment>list("foundAt >= ?1 and foundAt < ?2 order by foundAt desc, caseId, materialCode",
                start, end).flatMap(rows -> facts(rows).map(facts -> {
                    Map<String, Long> perDepartment = new TreeMap<>();
                    rows.forEach(r -> perDepartment.merge(r.departmentCode, 1L, Long::sum));
                    return new Figures(from, to, rows.size(), perDepartment,
                            rows.stream().map(r -> Finding.of(r, facts.get(r.caseId))).toList());
                }));
    }

    /** The facts of the findings' cases, in one query (none when there is nothing to name). */
    private static Uni<Map<String, CaseFact>> facts(List<FalseCommitment> rows) {
        if (rows.isEmpty()) {
            return Uni.createFrom().item(Map.of());
        }
        return CaseFact.<CaseFact>list("caseId in ?1", rows.stream().map(r -> r.caseId).distinct().toList())
                .map(facts -> facts.stream().collect(Collectors.toMap(f -> f.caseId, f -> f)));
    }
}
