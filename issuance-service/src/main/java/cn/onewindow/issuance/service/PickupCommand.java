package cn.onewindow.issuance.service;

/**
 * A pickup at the window as {@link IssuanceService#pickup} registers it: who received the result ({@code receiverRole}
 * APPLICANT or AGENT; null: the applicant), that their identity was checked, and their signature. Built from a
 * validated request (the REST resource checks the identity and an agent's power of attorney before it gets here).
 */
public record PickupCommand(String receivedBy, String receiverRole, boolean identityChecked, String signature) {
}
