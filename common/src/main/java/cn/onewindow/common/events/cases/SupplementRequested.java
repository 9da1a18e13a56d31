package cn.onewindow.common.events.cases;

import java.time.Instant;
import java.util.List;

import cn.onewindow.common.events.Actor;

/**
 * {@code cn.onewindow.case.supplement-requested.v1} on {@code onewindow.approval.case.v1}: the back
 * office asks for everything still missing or wrong, in one list (补正告知); the department's clock
 * stops. The window turns it into one notice to the applicant.
 */
public record SupplementRequested(String caseId, String departmentCode, List<RequestedMaterial> materials,
                                  Instant requestedAt, Actor actor) {
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
            throw new cn.onewindow.common.events.MalformedEventException("a supplement request lists at least one material");
        }
    }
}
