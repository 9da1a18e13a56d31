package cn.onewindow.intake.situation.service;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.situation.rules.SituationChoice;
import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.platform.persistence.Pipeline;

/**
 * 情形 at the take-in: the case keeps the situation its item was taken in for, with the situation's name and the limits
 * the case got from it (V24). Written in the take-in's own pipeline right after the case row, so it is in the same
 * transaction and round trip, or nowhere.
 */
public final class SituationTakeIn {
    private static final String RECORD = "update intake_case set situation_code = $2, situation_name = $3, "
            + "statutory_days = $4, promised_days = $5 where case_id = $1";

    private SituationTakeIn() {
    }

    /** The situation {@code def} was narrowed to (SituationChoice.apply), on the case and its row; nothing without one. */
    public static void record(Pipeline writes, IntakeCase c, ItemDefinition def) {
        var s = SituationChoice.chosen(def);
        if (s == null) {
            return;
        }
        c.situationCode = s.code();
        c.situationName = s.name();
        c.statutoryDays = def.statutoryDays();
        c.promisedDays = def.promisedDays();
        writes.add(RECORD, c.caseId, c.situationCode, c.situationName, c.statutoryDays, c.promisedDays);
    }

    /** The situation's code for the case's event (CaseTakenIn.situationCode); null without situations. */
    public static String code(ItemDefinition def) {
        var s = SituationChoice.chosen(def);
        return s == null ? null : s.code();
    }
}
