package cn.onewindow.approval.service;

import java.time.LocalDate;

/**
 * A department's decision, as {@link ApprovalService#decide} takes it: approve (with the result's kind, title, number
 * and validity) or deny (with written reasons and, for the 不予许可决定书, the provisions it rests on; without them the
 * item's published legal basis is printed). The resource has checked its shape; the service checks what depends on the
 * case (a result for an approval, reasons for a denial, who may deny).
 */
public record Decision(String outcome, String resultKind, String resultTitle, String reasons, String resultNumber,
                       LocalDate validUntil, String legalBasis) {
}
