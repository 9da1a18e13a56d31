package cn.onewindow.intake.hall.rules;

/**
 * The three halls of a case (区域通办): {@code taking} the window that took the file in (its case number carries it),
 * {@code owning} the hall owning the item (its department decides, by its catalogue version), {@code pickup} where the
 * applicant collects the result (the taking or the owning hall).
 */
public record CaseHalls(String taking, String owning, String pickup) {
    /** A take-in for another hall's item (通办): the window only receives (收件), the owning department accepts. */
    public boolean crossHall() {
        return !taking.equals(owning);
    }
}
