package cn.onewindow.routing.service;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.databind.JsonNode;

import cn.onewindow.common.events.Actor;
import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.MalformedEventException;
import cn.onewindow.common.events.Topics;
import cn.onewindow.common.outbox.Outbox;
import cn.onewindow.routing.model.Escalation;
import io.smallrye.mutiny.Uni;

/**
 * The coordinator's escalations from the back office: when a department's clock (the 20-minute
 * acceptance while the applicant waits, the 5-day acceptance, the promised decision) is flagged
 * overdue, the coordinator gets it on the same list as the late paper transfers.
 */
@ApplicationScoped
public class Escalations {
    private static final Actor ROUTER = Actor.system("routing-service");
    private final Outbox outbox;
    private final Clock clock;

    public Escalations(Outbox outbox, Clock clock) {
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Runs inside the inbox transaction of approval's overdue event. */
    public Uni<Void> departmentOverdue(JsonNode overdue) {
        if (!overdue.hasNonNull("caseId") || !overdue.hasNonNull("departmentCode") || !overdue.hasNonNull("clock")) {
            throw new MalformedEventException("overdue needs caseId, departmentCode and clock");
        }
        Instant now = clock.instant();
        var e = new Escalation();
        e.id = UUID.randomUUID();
        e.caseId = overdue.get("caseId").asText();
        e.kind = overdue.get("clock").asText() + "_OVERDUE";
        e.departmentCode = overdue.get("departmentCode").asText();
        e.raisedAt = now;
        e.details = switch (overdue.get("clock").asText()) {
            case "ACCEPTANCE_MINUTES" -> "申请人现场等候，部门未在20分钟内作出受理决定";
            case "ACCEPTANCE_DAYS" -> "部门未在5个工作日内作出受理决定";
            default -> "部门未在承诺时限内办结";
        } + "（时限至" + overdue.path("deadline").asText("?") + "）";
        return e.persist().call(() -> outbox.caseEvent(Topics.ROUTING_CASE, e.caseId, CaseEventTypes.ESCALATED, Map.of("caseId",
                        e.caseId, "kind", e.kind, "departmentCode", e.departmentCode, "details", e.details, "at", now.toString(),
                        "actor", ROUTER)))
                .replaceWithVoid();
    }
}
