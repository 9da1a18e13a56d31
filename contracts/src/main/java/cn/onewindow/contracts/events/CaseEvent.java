package cn.onewindow.contracts.events;

/** An event of one case: keyed by its case number, so a case's events are read in the order they were written. */
public sealed interface CaseEvent extends Event permits CaseTakenIn, CaseRouted, CaseQueued, CaseClaimed,
        AcceptanceDecided, CaseDecided, StepRecorded, FeeAssessed, ClockStopped, ClockResumed, ApprovalDeadlineWarning, ApprovalOverdue,
        SupplementRequested, SupplementNoticeIssued, DeferredMaterialsSupplied, ResultReady, ResultDelivered,
        IssuanceDeadlineWarning, IssuanceOverdue, RatingRecorded, RatingInvited, RectificationEscalated, RoutingEscalated,
        TransferDeadlineWarning, TransferPickedUp, TransferHandedOver, CertificateIssued, CertificateRevoked,
        CommitmentCheckRecorded, CommitmentFoundFalse, JointOpinionRecorded, CaseForwarded {

    /** The case number (受理编号). */
    String caseId();

    @Override
    default String aggregateType() {
        return "case";
    }

    @Override
    default String key() {
        return caseId();
    }
}
