package cn.onewindow.approval.rest;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.onewindow.approval.model.ApprovalCase;
import cn.onewindow.approval.model.ExaminationStep;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Posts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * Supervision of 一次性告知 across rounds: every supplement request a department made after the applicant had
 * supplied an earlier one, with its round and the reason it gave (a problem raised by the newly supplied
 * material), in a period (days in the hall's zone). The supervisor sees whether "ask once" holds, department by
 * department.
 */
@Path("/api/supervision/repeat-supplement-requests")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
public class RepeatSupplementRequestsResource {
    private final Clock clock;

    public RepeatSupplementRequestsResource(Clock clock) {
        this.clock = clock;
    }

    public record Row(String caseId, String departmentCode, String itemCode, String itemName, int round, String reason,
                      String materials, Instant requestedAt, String requestedBy, Instant suppliedAt) {
    }

    @GET
    @WithSession
    @Operation(summary = "Supplement requests made again after the applicant supplied an earlier one, with round and reason")
    public Uni<List<Row>> list(@QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        if (to.isBefore(from)) {
            throw ProblemException.invalid("bad-period", "统计期间的结束日期早于开始日期", "The period ends before it starts");
        }
        var zone = clock.getZone();
        Instant start = from.atStartOfDay(zone).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(zone).toInstant();
        return ExaminationStep.<ExaminationStep>list("kind = 'SUPPLEMENT' and requestRound > 1 and startedAt >= ?1 "
                        + "and startedAt < ?2 order by startedAt", start, end)
                .flatMap(steps -> steps.isEmpty() ? Uni.createFrom().item(List.<Row>of())
                        : ApprovalCase.<ApprovalCase>list("caseId in ?1", steps.stream().map(s -> s.caseId).distinct().toList())
                        .map(cases -> rows(steps, cases.stream().collect(Collectors.toMap(c -> c.caseId, Function.identity())))));
    }

    static List<Row> rows(List<ExaminationStep> steps, Map<String, ApprovalCase> cases) {
        return steps.stream().map(s -> {
            var c = cases.get(s.caseId);
            return new Row(s.caseId, c == null ? null : c.departmentCode, c == null ? null : c.itemCode,
                    c == null ? null : c.itemName, s.requestRound, s.repeatReason, s.note, s.startedAt, s.startedBy, s.endedAt);
        }).toList();
    }
}
