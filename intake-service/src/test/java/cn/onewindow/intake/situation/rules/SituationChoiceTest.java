package cn.onewindow.intake.situation.rules;

import static cn.onewindow.intake.situation.rules.SituationFixtures.licence;
import static cn.onewindow.intake.situation.rules.SituationFixtures.plain;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.platform.problem.ProblemException;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * 多情形受理: answers choose the situation, and the item as taken in for it asks for its materials alone, with its limits;
 * every refusal is the problem the window and the guide answer with.
 */
class SituationChoiceTest {

    static String code(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e.status() + " " + e.code();
        }
        return "none";
    }

    @Test
    void twoAnswersGiveTwoChecklists() {
        var item = licence();
        var created = SituationChoice.narrow(item, SituationChoice.match(item, Map.of("TYPE", "NEW")));
        var closed = SituationChoice.narrow(item, SituationChoice.match(item, Map.of("TYPE", "CANCEL")));
        assertThat(created.materials()).extracting(ItemDefinition.Material::code).containsExactly("APP", "BL", "POA");
        assertThat(created.promisedDays()).isEqualTo(10);
        // in the item's order, not the situation's; the statutory limit the item's where the situation sets none
        assertThat(closed.materials()).extracting(ItemDefinition.Material::code).containsExactly("APP", "LICENCE");
        assertThat(closed.statutoryDays()).isEqualTo(20);
        assertThat(closed.promisedDays()).isEqualTo(1);
        assertThat(SituationChoice.chosen(closed).code()).isEqualTo("CANCEL");
        assertThat(SituationChoice.chosen(plain())).isNull();
    }

    @Test
    void theNarrowedItemIsWhatTheMaterialCheckReads() {
        var item = licence();
        var changed = SituationChoice.apply(List.of(item), "CHANGE").get(0);
        Map<String, MaterialCheck.Status> ticked = Map.of("APP", MaterialCheck.Status.PROVIDED,
                "LICENCE", MaterialCheck.Status.PROVIDED, "CHG", MaterialCheck.Status.PROVIDED, "POA", MaterialCheck.Status.NOT_APPLICABLE);
        // the business licence (BL) is not asked for in a change: nothing missing
        assertThat(MaterialCheck.problems(changed, ticked, false)).isEmpty();
        // the whole item would have found BL missing
        assertThat(MaterialCheck.problems(item, ticked, false)).extracting(MaterialCheck.Problem::code).containsExactly("BL");
    }

    @Test
    void refusals() {
        var item = licence();
        assertThat(code(() -> SituationChoice.match(item, Map.of("TYPE", "MERGE")))).isEqualTo("422 unknown-situation");
        assertThat(code(() -> SituationChoice.match(item, Map.of("SIZE", "BIG")))).isEqualTo("422 unknown-situation");
        assertThat(code(() -> SituationChoice.match(item, Map.of()))).isEqualTo("422 no-situation");
        assertThat(code(() -> SituationChoice.apply(List.of(item), null))).isEqualTo("422 situation-required");
        assertThat(code(() -> SituationChoice.apply(List.of(item), "MERGE"))).isEqualTo("422 unknown-situation");
        assertThat(code(() -> SituationChoice.apply(List.of(plain()), "NEW"))).isEqualTo("422 unknown-situation");
        assertThat(code(() -> SituationChoice.apply(List.of(item, licence()), "NEW"))).isEqualTo("422 situation-required");
        assertThat(SituationChoice.apply(List.of(plain()), null)).containsExactly(plain());
        // an item with situations beside one without: the code is the first's, the other goes as it is
        var both = SituationChoice.apply(List.of(plain(), item), "CANCEL");
        assertThat(both.get(0)).isEqualTo(plain());
        assertThat(SituationChoice.chosen(both.get(1)).code()).isEqualTo("CANCEL");
    }

    @Test
    void answersAreReadFromTheQuery() {
        assertThat(SituationChoice.parse("TYPE:NEW, KIND:CORP")).containsExactly(Map.entry("TYPE", "NEW"), Map.entry("KIND", "CORP"));
        assertThat(SituationChoice.parse(null)).isEmpty();
        assertThat(SituationChoice.parse(" ")).isEmpty();
        for (String bad : List.of("TYPE", "TYPE:", ":NEW", "TYPE:NEW:X", "TYPE:NEW,,", "type:new", "TYPE:NEW,TYPE:CANCEL",
                "A:1,B:1,C:1,D:1,E:1,F:1,G:1,H:1,I:1,J:1,K:1")) {
            assertThat(code(() -> SituationChoice.parse(bad))).as(bad).isEqualTo("400 invalid-answers");
        }
    }

    @Provide
    Arbitrary<Map<String, String>> answers() {
        var code = Arbitraries.strings().withChars("ABCXYZ019_").ofMinLength(1).ofMaxLength(20);
        return Arbitraries.maps(code, code).ofMaxSize(10);
    }

    @Property
    void answersWrittenAsTheQueryWritesThemReadBack(@ForAll("answers") Map<String, String> answers) {
        String query = answers.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).collect(Collectors.joining(","));
        assertThat(SituationChoice.parse(query)).isEqualTo(new LinkedHashMap<>(answers));
    }

    @Property
    void aNarrowedItemAsksForItsSituationsMaterialsAloneWithinItsLimits(@ForAll("anyAnswer") String type) {
        var item = licence();
        var situation = SituationChoice.match(item, Map.of("TYPE", type));
        var narrowed = SituationChoice.narrow(item, situation);
        assertThat(narrowed.materials()).extracting(ItemDefinition.Material::code)
                .containsExactlyInAnyOrderElementsOf(situation.materials())
                .isSubsetOf(item.materials().stream().map(ItemDefinition.Material::code).toList());
        assertThat(narrowed.promisedDays()).isLessThanOrEqualTo(narrowed.statutoryDays());
        assertThat(narrowed.reviewPoints()).isEqualTo(item.reviewPoints());
        assertThat(SituationChoice.apply(List.of(item), situation.code())).containsExactly(narrowed);
    }

    @Provide
    Arbitrary<String> anyAnswer() {
        return Arbitraries.of("NEW", "CHANGE", "CANCEL");
    }
}
