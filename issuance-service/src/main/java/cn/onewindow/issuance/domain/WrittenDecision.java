package cn.onewindow.issuance.domain;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

/**
 * The applicant's written decision on a negative outcome (#22 item 10): 不予受理决定书, 不予许可决定书 or the 容缺
 * expiry's 终止办理决定书 — what was decided, the reasons, the legal basis, the deciding authority and the remedies
 * (行政复议 within 60 days, 行政诉讼 within 6 months). Plain wording only; rendering is the caller's.
 */
public record WrittenDecision(String caseId, String outcome, String title, String applicantName, String itemCode,
                              String itemName, String reasons, String legalBasis, String authority, String remedies,
                              Instant decidedAt) {
    public static final String NOT_ACCEPTED = "NOT_ACCEPTED";
    public static final String DENIED = "DENIED";
    public static final String TERMINATED = "TERMINATED";
    /**
     * Printed when a decision came without its remedies (recorded before approval sent them): the rights are the
     * law's, so the letter names them with the competent bodies in general terms rather than leave them out.
     */
    public static final String GENERIC_REMEDIES = "如不服本决定，可自收到本决定书之日起60日内依法向本级人民政府或者上一级主管部门申请行政复议，"
            + "或者在6个月内依法向人民法院提起行政诉讼。";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    /** Whether an outcome is answered with a written decision rather than a certificate. */
    public static boolean isNegative(String outcome) {
        return NOT_ACCEPTED.equals(outcome) || DENIED.equals(outcome) || TERMINATED.equals(outcome);
    }

    /** 不予受理 / 不予许可 / 终止办理: the decision in the applicant's words. */
    public String decided() {
        return switch (outcome) {
            case NOT_ACCEPTED -> "不予受理";
            case TERMINATED -> "终止办理";
            default -> "不予许可";
        };
    }

    public String letterTitle() {
        return title == null || title.isBlank() || "审批结果".equals(title) ? decided() + "决定书" : title;
    }

    /** The authority's printed name, or its code when the decision did not carry one. */
    String authorityOr(String code) {
        return authority == null || authority.isBlank() ? code : authority;
    }

    String remediesText() {
        return remedies == null || remedies.isBlank() ? GENERIC_REMEDIES : remedies;
    }

    /** The letter's body lines, in the order a 决定书 gives them. */
    public List<String> lines(String departmentCode, ZoneId zone) {
        String item = (itemName == null ? "" : itemName) + "（事项编码 " + itemCode + "）";
        List<String> lines = new ArrayList<>();
        lines.add("申请人：" + applicantName);
        lines.add("申请事项：" + item);
        lines.add("办件编号：" + caseId);
        lines.add("经审查，对你（单位）的上述申请，本机关决定" + decided() + "。");
        lines.add("理由：" + (reasons == null || reasons.isBlank() ? "（未载明）" : reasons));
        lines.add("法律依据：" + (legalBasis == null || legalBasis.isBlank() ? "该事项办事指南公布的设定依据" : legalBasis));
        lines.add("权利告知：" + remediesText());
        lines.add("");
        lines.add("作出决定机关：" + authorityOr(departmentCode) + "（印章）");
        lines.add("决定日期：" + DAY.format(decidedAt.atZone(zone)));
        return lines;
    }

    /**
     * The applicant's notice when the letter reaches the issuance window: what was decided and by whom, where the
     * letter is, and that the remedies are open to them.
     */
    public String notice(String departmentCode, boolean pickup) {
        return applicantName + "：您申请的办件" + caseId + "（" + (itemName == null ? itemCode : itemName) + "）经"
                + authorityOr(departmentCode) + "审查，决定" + decided() + "。" + (reasons == null || reasons.isBlank() ? ""
                : "理由：" + (reasons.endsWith("。") ? reasons : reasons + "。"))
                + "《" + letterTitle() + "》" + (pickup ? "已到统一出件窗口，请携带身份证件领取。" : "将以邮寄方式送达。")
                + "决定书载明理由、法律依据和权利告知：" + remediesText();
    }
}
