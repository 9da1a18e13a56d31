package cn.onewindow.approval.rest;

import java.util.List;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import cn.onewindow.approval.service.AcceptanceDecision;

/**
 * The back office's acceptance decision on a file the window only received: ACCEPT (the decision
 * clock starts), NOTIFY (one notice listing everything to supply; the acceptance clock stops until it
 * is supplied) or REJECT (not within the item's scope: written reasons, the applicant's rights).
 * A NOTIFY after the applicant supplied an earlier one is a further supplement request: allowed only with
 * {@code newProblemInSuppliedMaterial} true and {@code reasons} saying what new problem the supplied material raised.
 * {@code legalBasis}: the provisions a REJECT rests on, printed on the 不予受理决定书 (else the item's legal basis).
 */
public record AcceptanceRequest(
        @NotNull @Pattern(regexp = "ACCEPT|NOTIFY|REJECT", message = "must be ACCEPT, NOTIFY or REJECT") String decision,
        @Size(max = 60) List<SupplementRequestBody.@Valid Material> materials,
        @Size(max = 4000) String reasons,
        Boolean newProblemInSuppliedMaterial,
        @Size(max = 1000) String legalBasis) {

    /** The validated request as the service takes it (an absent newProblemInSuppliedMaterial declares none). */
    public AcceptanceDecision command() {
        return new AcceptanceDecision(decision, SupplementRequestBody.commands(materials), reasons,
                Boolean.TRUE.equals(newProblemInSuppliedMaterial), legalBasis);
    }
}
