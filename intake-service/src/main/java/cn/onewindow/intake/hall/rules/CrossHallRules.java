package cn.onewindow.intake.hall.rules;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.hall.HallDefinition;
import cn.onewindow.platform.problem.ProblemException;

/**
 * Which halls a take-in involves, and whether the window may take the file in at all (区域通办). An item owned by
 * another hall is taken in only where both sides agree: the item's 通办 list names the taking hall's region
 * ({@code crossRegion}: the owning side) and the taking hall's list names the item ({@code receives}: its own side).
 * Either alone is not enough — an owning department cannot send work to a station that did not agree to take it, nor
 * can a station take in for a department that did not open the item to its region.
 */
public final class CrossHallRules {
    private CrossHallRules() {
    }

    /**
     * @param taking the clerk's hall (known)
     * @param item the item's version in force (the owning hall's catalogue)
     * @param home the home hall: the owner of items published before halls
     * @param pickupHallCode the applicant's choice; null: the taking hall
     * @throws ProblemException 422 {@code not-cross-region-item} or {@code pickup-hall-not-allowed}
     */
    public static CaseHalls halls(HallDefinition taking, ItemDefinition item, String home, String pickupHallCode) {
        String owning = item.owningHall(home);
        if (!owning.equals(taking.code())
                && !(item.safeCrossRegion().contains(taking.region()) && taking.receives(item.code()))) {
            throw new ProblemException(422, "not-cross-region-item",
                    "事项 " + item.code() + " " + item.name() + " 不在本大厅（" + taking.name() + "）与所属大厅（" + owning
                            + "）的通办清单中，本窗口不能收件",
                    "Item " + item.code() + " is not on the cross-region list between this hall (" + taking.code()
                            + ") and its owning hall (" + owning + "): this window cannot take it in");
        }
        String pickup = pickupHallCode == null ? taking.code() : pickupHallCode;
        if (!pickup.equals(taking.code()) && !pickup.equals(owning)) {
            throw new ProblemException(422, "pickup-hall-not-allowed",
                    "领取地点只能是收件大厅（" + taking.code() + "）或事项所属大厅（" + owning + "）：" + pickup,
                    "The result can be collected at the taking hall (" + taking.code() + ") or the item's owning hall ("
                            + owning + ") only, not " + pickup);
        }
        return new CaseHalls(taking.code(), owning, pickup);
    }
}
