package cn.onewindow.intake.hall.rules;

import java.util.Map;

import cn.onewindow.contracts.hall.HallDefinition;

/** The halls of one take-in: the clerk's (taking) hall, and each chosen item's {@link CaseHalls} by item code. */
public record TakeInHalls(HallDefinition taking, Map<String, CaseHalls> byItem) {
    public CaseHalls of(String itemCode) {
        return byItem.get(itemCode);
    }

    /** The taking hall's code: the first part of the case, bundle and notice numbers of the take-in. */
    public String takingCode() {
        return taking.code();
    }
}
