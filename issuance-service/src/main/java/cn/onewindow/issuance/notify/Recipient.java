package cn.onewindow.issuance.notify;

/** Who a notice goes to: the case's applicant, with the contact intake recorded (either may be null). */
public record Recipient(String caseId, String phone, String email) {
    /** For logs and lists: never the number itself. */
    @Override
    public String toString() {
        return "applicant of " + caseId;
    }
}
