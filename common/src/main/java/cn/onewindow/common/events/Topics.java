package cn.onewindow.common.events;

/**
 * Kafka topic names. Versioned: a breaking change to an event's value gets a new topic (v2),
 * so consumers of v1 keep working while they migrate. Every topic is keyed by case id.
 */
public final class Topics {
    public static final String INTAKE_CASE = "onewindow.intake.case.v1";
    public static final String ROUTING_CASE = "onewindow.routing.case.v1";
    public static final String APPROVAL_CASE = "onewindow.approval.case.v1";
    public static final String ISSUANCE_CASE = "onewindow.issuance.case.v1";
    public static final String EVALUATION_CASE = "onewindow.evaluation.case.v1";
    /**
     * The applicant's contact (phone, e-mail) for notices, keyed by case id: personal data kept off the
     * case topics, read only by issuance (compacted: a correction replaces it).
     */
    public static final String INTAKE_CONTACT = "onewindow.intake.contact.v1";

    private Topics() {
    }
}
