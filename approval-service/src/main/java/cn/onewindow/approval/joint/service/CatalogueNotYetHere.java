package cn.onewindow.approval.joint.service;

/**
 * A JOINT or FORWARDED case arrived before approval's copy of its item version (or before a copy that keeps the
 * co-departments and the authority): nothing of it is written and the inbox tries the event again
 * (platform FailureKind RECORD: retried, dead-lettered only after onewindow.inbox.retries tries, for an operator to
 * replay once the catalogue is there). Never decided as an ordinary item: its co-departments would be left out.
 */
public class CatalogueNotYetHere extends IllegalStateException {
    public CatalogueNotYetHere(String caseId, String itemCode, String itemType) {
        super("case " + caseId + ": approval's catalogue copy of " + itemCode + " does not yet name the "
                + ("JOINT".equals(itemType) ? "co-departments" : "higher authority") + " of this " + itemType
                + " item; the event is tried again");
    }
}
