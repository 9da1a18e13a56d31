package cn.onewindow.intake.takein.rules;

import java.util.Set;

import cn.onewindow.contracts.vocabulary.ItemType;
import cn.onewindow.intake.delegation.rules.Power;

/**
 * Decides how the window takes a complete file in, from the item's type and the powers the hall
 * holds for it at that moment (Qingpu's three paths):
 * <ul>
 * <li>immediate item + approve-on-the-spot → settled on the spot;</li>
 * <li>accept power → accepted on the spot, acceptance notice at once;</li>
 * <li>receive power only → a receipt; for an immediate item the back office decides acceptance
 * within 20 minutes while the applicant waits, otherwise within 5 working days;</li>
 * <li>no receive power → the window may not take the file in at all.</li>
 * </ul>
 */
public final class IntakePathDecider {
    public enum Path { SETTLED_ON_SPOT, ACCEPTED_ON_SPOT, BACK_OFFICE_ACCEPTANCE_WHILE_WAITING, RECEIVED_ONLY, NOT_DELEGATED }

    public enum Document { ACCEPTANCE_NOTICE, RECEIPT, NONE }

    public record Decision(Path path, Document document, String reasonZh, String reasonEn) {
    }

    private IntakePathDecider() {
    }

    public static Decision decide(String itemType, Set<Power> powers) {
        boolean immediate = ItemType.IMMEDIATE.name().equals(itemType);
        if (!powers.contains(Power.RECEIVE) && !powers.contains(Power.ACCEPT)) {
            return new Decision(Path.NOT_DELEGATED, Document.NONE, "窗口未获得该事项的收件授权，须由部门办理",
                    "The window holds no receive power for this item");
        }
        if (immediate && powers.contains(Power.APPROVE_ON_SPOT) && powers.contains(Power.ACCEPT)) {
            return new Decision(Path.SETTLED_ON_SPOT, Document.ACCEPTANCE_NOTICE, "即办件，窗口持有当场审批授权，当场办结",
                    "Immediate item and the window may approve on the spot");
        }
        if (powers.contains(Power.ACCEPT)) {
            return new Decision(Path.ACCEPTED_ON_SPOT, Document.ACCEPTANCE_NOTICE, "材料齐全，窗口持有受理授权，当场受理",
                    "Materials complete and the window holds the accept power");
        }
        if (immediate) {
            return new Decision(Path.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING, Document.RECEIPT,
                    "窗口仅有收件授权，后台20分钟内决定是否受理，申请人现场等候",
                    "Receive power only: the back office decides acceptance within 20 minutes while the applicant waits");
        }
        return new Decision(Path.RECEIVED_ONLY, Document.RECEIPT, "窗口仅有收件授权，出具收件凭证，后台5个工作日内决定是否受理",
                "Receive power only: a receipt; the back office decides acceptance within 5 working days");
    }
}
