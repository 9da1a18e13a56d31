package cn.onewindow.issuance.rest;

import java.time.Instant;

import cn.onewindow.issuance.service.EarlyHandovers;

/**
 * The answer (202) to a department's hand-over that came before its decision reached the issuance window: kept, and
 * applied when the decision arrives — the department does not try again.
 */
public record EarlyHandoverView(String caseId, String status, String departmentCode, Instant handedAt, String messageZh,
                                String messageEn) {
    public static final String HANDOVER_RECORDED = "HANDOVER_RECORDED";

    static EarlyHandoverView of(EarlyHandovers.Recorded r) {
        return new EarlyHandoverView(r.caseId(), HANDOVER_RECORDED, r.departmentCode(), r.handedAt(),
                "交接已登记：审批决定送达出件窗口后自动生效，无需重复提交",
                "Hand-over recorded: it takes effect when the decision reaches the issuance window; no need to send it again");
    }
}
