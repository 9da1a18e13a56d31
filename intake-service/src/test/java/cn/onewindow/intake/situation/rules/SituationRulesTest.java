package cn.onewindow.intake.situation.rules;

import static cn.onewindow.intake.situation.rules.SituationFixtures.item;
import static cn.onewindow.intake.situation.rules.SituationFixtures.question;
import static cn.onewindow.intake.situation.rules.SituationFixtures.situation;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.catalogue.ItemDefinition.Question;
import cn.onewindow.contracts.catalogue.ItemDefinition.Situation;
import cn.onewindow.intake.catalogue.rules.CatalogueRules;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The catalogue's rules for questions and situations (情形): each reason found, in both languages, through the catalogue's
 * own check (CatalogueRules, as a publication applies it); and, over generated items, the rule that makes a checklist
 * certain: a version passes exactly when no complete set of answers chooses two situations.
 */
class SituationRulesTest {

    @Test
    void theDemoShapeAndAnItemWithoutSituationsPass() {
        assertThat(CatalogueRules.violations(SituationFixtures.licence())).isEmpty();
        assertThat(CatalogueRules.violations(SituationFixtures.plain())).isEmpty();
    }

    @Test
    void everyFaultIsNamedOnceWithItsFieldInBothLanguages() {
        var item = item("PROMISED", 20, 10, List.of(question("TYPE", "NEW", "NEW"), question("TYPE", "X")), List.of(
                situation("NEW", Map.of("TYPE", "NEW"), List.of("APP", "NOPE"), 20, 10),
                situation("NEW", Map.of("TYPE", "CANCEL"), List.of("APP"), null, null),
                situation("ODD", Map.of("SIZE", "BIG"), List.of("APP", "APP"), 5, 8),
                situation("WIDE", Map.of("TYPE", "MAYBE"), List.of("APP"), null, null)));
        var v = CatalogueRules.violations(item);
        assertThat(v).containsOnlyKeys("questions.TYPE", "questions.TYPE.options", "situations.NEW.materials",
                "situations.NEW", "situations.ODD.when", "situations.ODD.materials", "situations.ODD.promisedDays",
                "situations.WIDE.when");
        assertThat(v.get("questions.TYPE")).contains("问题编码重复", "duplicate question code");
        assertThat(v.get("questions.TYPE.options")).contains("选项编码重复：NEW", "duplicate option code NEW");
        assertThat(v.get("situations.NEW.materials")).contains("NOPE", "not materials of the item");
        assertThat(v.get("situations.NEW")).contains("情形编码重复");
        assertThat(v.get("situations.ODD.when")).contains("不存在的问题：SIZE");
        assertThat(v.get("situations.ODD.materials")).contains("重复");
        assertThat(v.get("situations.ODD.promisedDays")).contains("承诺时限不得超过法定时限");
        assertThat(v.get("situations.WIDE.when")).contains("问题TYPE没有选项MAYBE");
    }

    @Test
    void twoSituationsTheSameAnswersChooseAreRefusedAsIsOneAskingLessThanAnother() {
        var same = item("PROMISED", 20, 10, List.of(question("TYPE", "NEW", "CHANGE")), List.of(
                situation("A", Map.of("TYPE", "NEW"), List.of("APP"), null, null),
                situation("B", Map.of("TYPE", "NEW"), List.of("BL"), null, null)));
        assertThat(CatalogueRules.violations(same)).containsKey("situations.B.when");
        assertThat(CatalogueRules.violations(same).get("situations.B.when")).contains("情形B与情形A", "same answers");
        var wider = item("PROMISED", 20, 10, List.of(question("TYPE", "NEW", "CHANGE"), question("KIND", "SOLE", "CORP")), List.of(
                situation("ANY_NEW", Map.of("TYPE", "NEW"), List.of("APP"), null, null),
                situation("NEW_CORP", Map.of("TYPE", "NEW", "KIND", "CORP"), List.of("BL"), null, null)));
        assertThat(CatalogueRules.violations(wider)).containsKey("situations.NEW_CORP.when");
        var apart = item("PROMISED", 20, 10, List.of(question("TYPE", "NEW", "CHANGE"), question("KIND", "SOLE", "CORP")), List.of(
                situation("NEW_SOLE", Map.of("TYPE", "NEW", "KIND", "SOLE"), List.of("APP"), null, null),
                situation("NEW_CORP", Map.of("TYPE", "NEW", "KIND", "CORP"), List.of("BL"), null, null),
                situation("CHANGE", Map.of("TYPE", "CHANGE"), List.of("CHG"), null, null)));
        assertThat(CatalogueRules.violations(apart)).isEmpty();
    }

    @Test
    void questionsAndSituationsComeTogetherAndAnImmediateItemsSituationIsImmediate() {
        assertThat(CatalogueRules.violations(item("PROMISED", 20, 10, List.of(question("TYPE", "NEW")), null)))
                .containsOnlyKeys("situations");
        assertThat(CatalogueRules.violations(item("PROMISED", 20, 10, null,
                List.of(situation("NEW", Map.of("TYPE", "NEW"), List.of("APP"), null, null)))))
                .containsKeys("questions", "situations.NEW.when");
        var immediate = item("IMMEDIATE", 5, 0, List.of(question("TYPE", "NEW", "CANCEL")), List.of(
                situation("NEW", Map.of("TYPE", "NEW"), List.of("APP"), null, null),
                situation("CANCEL", Map.of("TYPE", "CANCEL"), List.of("APP"), 5, 2)));
        assertThat(CatalogueRules.violations(immediate)).containsOnlyKeys("situations.CANCEL.promisedDays");
        // a situation's statutory limit below the item's promised one, with no promised limit of its own: the item's breaks it
        var shorter = item("PROMISED", 20, 10, List.of(question("TYPE", "NEW")), List.of(
                situation("NEW", Map.of("TYPE", "NEW"), List.of("APP"), 5, null)));
        assertThat(CatalogueRules.violations(shorter)).containsOnlyKeys("situations.NEW.promisedDays");
    }

    // ---- generated items: two questions of up to three options, up to four situations over them

    @Provide
    Arbitrary<List<Situation>> situations() {
        Arbitrary<Map<String, String>> when = Combinators.combine(
                Arbitraries.of("", "A", "B", "C"), Arbitraries.of("", "X", "Y")).as((q1, q2) -> {
                    Map<String, String> w = new LinkedHashMap<>();
                    if (!q1.isEmpty()) {
                        w.put("Q1", q1);
                    }
                    if (!q2.isEmpty()) {
                        w.put("Q2", q2);
                    }
                    return w;
                }).filter(w -> !w.isEmpty());
        return when.list().ofMinSize(1).ofMaxSize(4).map(ws -> {
            List<Situation> out = new ArrayList<>();
            for (int i = 0; i < ws.size(); i++) {
                out.add(situation("S" + i, ws.get(i), List.of("APP"), null, null));
            }
            return out;
        });
    }

    static final List<Question> QUESTIONS = List.of(question("Q1", "A", "B", "C"), question("Q2", "X", "Y"));

    @Property
    void aVersionPassesExactlyWhenNoAnswersChooseTwoSituations(@ForAll("situations") List<Situation> situations) {
        var item = item("PROMISED", 20, 10, QUESTIONS, situations);
        boolean ambiguous = false;
        for (String a : List.of("A", "B", "C")) {
            for (String b : List.of("X", "Y")) {
                var answers = Map.of("Q1", a, "Q2", b);
                long met = situations.stream().filter(s -> SituationChoice.meets(s, answers)).count();
                ambiguous |= met > 1;
                if (met == 1) {
                    // the one a choice finds is the one met
                    assertThat(SituationChoice.match(item, answers).when().entrySet()).isSubsetOf(answers.entrySet());
                }
            }
        }
        assertThat(SituationRules.violations(item).isEmpty()).isEqualTo(!ambiguous);
    }

    @Property
    void compatibilityIsSymmetric(@ForAll("situations") List<Situation> situations) {
        for (var a : situations) {
            for (var b : situations) {
                assertThat(SituationRules.compatible(a.when(), b.when())).isEqualTo(SituationRules.compatible(b.when(), a.when()));
            }
        }
    }
}
