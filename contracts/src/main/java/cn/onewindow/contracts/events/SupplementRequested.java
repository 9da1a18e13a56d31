package cn.onewindow.contracts.events;

import java.time.Instant;
import java.util.List;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.EventTypes;
import cn.onewindow.contracts.Topics;

/**
 * {@code cn.onewindow.case.supplement-requested.v1} on {@code onewindow.approval.case.v1}: the back
 * office asks for everything still missing or wrong, in one list (补正告知); the department's clock
 * stops. The window turns it into one notice to the applicant.
 * <p>
 * {@code round}: 1 for the first request on the case; a later one (after the applicant supplied an earlier request)
 * is allowed only for a problem raised by the newly supplied material ({@code newProblemInSuppliedMaterial}), with
 * its {@code reason} — shown to the applicant and kept for supervision. The three were added later: events recorded
 * before carry none of them and count as a first request.
 */
public record SupplementRequested(String caseId, String departmentCode, List<RequestedMaterial> materials,
                                  Instant requestedAt, Actor actor, Integer round, Boolean newProblemInSuppliedMaterial,
                                  String reason) implements CaseEvent {
    public record RequestedMaterial(String code, String name, String problem) {
        public RequestedMaterial {
            Contract.require("code", code);
            Contract.require("name", name);
        }
    }

    public SupplementRequested {
        Contract.require("caseId", caseId);
        Contract.require("departmentCode", departmentCode);
        Contract.require("requestedAt", requestedAt);
        if (materials == null || materials.isEmpty()) {
            throw new cn.onewindow.contracts.MalformedEventException("a supplement request lists at least one material");
        }
        if (round != null && round > 1 && (reason == null || reason.isBlank())) {
            throw new cn.onewindow.contracts.MalformedEventException("a repeated supplement request carries its reason");
        }
    }

    /** A second or later request on the case (made for a problem in newly supplied material). */
    public boolean repeat() {
        return round != null && round > 1;
    }

    @Override
    public String topic() {
        return Topics.APPROVAL_CASE;
    }

    @Override
    public String eventType() {
        return EventTypes.SUPPLEMENT_REQUESTED;
    }
}
