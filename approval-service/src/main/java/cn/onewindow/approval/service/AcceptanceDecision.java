package cn.onewindow.approval.service;

import java.util.List;

import cn.onewindow.approval.domain.SupplementRounds;

/**
 * The acceptance decision on a file the window only received, as {@link ApprovalService#decideAcceptance} takes it:
 * ACCEPT, NOTIFY (the materials to supply; {@code newProblemInSuppliedMaterial} with {@code reasons} for a later round)
 * or REJECT (written {@code reasons}, and the {@code legalBasis} printed on the 不予受理决定书).
 */
public record AcceptanceDecision(String decision, List<SupplementOrder.Material> materials, String reasons,
                                 boolean newProblemInSuppliedMaterial, String legalBasis) {
    public AcceptanceDecision {
        // an ACCEPT or a REJECT comes without materials: the service need only ask whether a NOTIFY's list is empty
        materials = materials == null ? List.of() : materials;
    }

    /** What a NOTIFY declares about a later round, for {@code SupplementRounds}: its reasons are the round's reason. */
    SupplementRounds.Declared declared() {
        return new SupplementRounds.Declared(newProblemInSuppliedMaterial, reasons);
    }
}
