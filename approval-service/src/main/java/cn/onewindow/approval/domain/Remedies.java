package cn.onewindow.approval.domain;

/**
 * The applicant's rights printed with every negative decision (不予许可、不予受理、终止办理): administrative
 * reconsideration within 60 days of receiving it (行政复议法 art. 20) and litigation within 6 months
 * (行政诉讼法 art. 46), naming the competent bodies.
 */
public record Remedies(String reconsiderationBody, String court) {
    public String text() {
        return "如不服本决定，可自收到本决定书之日起60日内向" + reconsiderationBody + "申请行政复议，或者在6个月内向" + court
                + "提起行政诉讼。";
    }
}
