package cn.onewindow.intake.situation.service;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.guide.rules.GuideWords;

/**
 * 照单收件 by situation: an item's questions, the answers given, the situation (情形) they chose and its checklist — the
 * materials and the limits of that situation — as the version in force at {@code at} has them. Before any answer (an
 * item with situations) only the questions: {@code situation}, {@code materials} and the limits are then null. An item
 * without situations has no questions, and its checklist is the item's own.
 *
 * @param materials the catalogue's materials of the situation, in the item's order (each as ItemDefinition has it)
 */
public record Checklist(String itemCode, String itemName, int version, Instant at, List<ItemDefinition.Question> questions,
                        Map<String, String> answers, SituationView situation, List<ItemDefinition.Material> materials,
                        Integer statutoryDays, String statutoryZh, Integer promisedDays, String promisedZh) {

    /** The chosen situation: its code and name, and the answers that choose it. */
    public record SituationView(String code, String name, Map<String, String> when) {
    }

    /** The questions alone: nothing answered yet. */
    static Checklist questions(String code, int version, Instant at, ItemDefinition item, Map<String, String> answers) {
        return new Checklist(code, item.name(), version, at, item.safeQuestions(), answers, null, null, null, null, null, null);
    }

    /** The checklist of {@code narrowed}: the item as taken in for its situation (or as it is, without situations). */
    static Checklist of(String code, int version, Instant at, ItemDefinition item, ItemDefinition narrowed,
                        Map<String, String> answers) {
        var s = cn.onewindow.intake.situation.rules.SituationChoice.chosen(narrowed);
        return new Checklist(code, item.name(), version, at, item.safeQuestions(), answers,
                s == null ? null : new SituationView(s.code(), s.name(), s.when()), narrowed.materials(),
                narrowed.statutoryDays(), GuideWords.workingDays(narrowed.statutoryDays()), narrowed.promisedDays(),
                GuideWords.workingDays(narrowed.promisedDays()));
    }
}
