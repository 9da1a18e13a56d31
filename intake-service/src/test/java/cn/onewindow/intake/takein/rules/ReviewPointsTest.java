package cn.onewindow.intake.takein.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.List;

import org.junit.jupiter.api.Test;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.contracts.catalogue.ItemDefinition.Material;
import cn.onewindow.intake.delegation.rules.Power;
import cn.onewindow.intake.takein.rules.ReviewPoints.Answer;
import cn.onewindow.intake.takein.rules.ReviewPoints.Outcome;

/** Review points are answered one by one; a failing one is a problem for the one-time notice, never deferred. */
class ReviewPointsTest {
    static final Material APP = new Material("APP", "申请书", true, false, 1, true, false, null);
    static final Material ADDR = new Material("ADDR", "住所证明", false, false, 1, true, true, null);

    static ItemDefinition item(String code, String... points) {
        return new ItemDefinition(code, "测试事项", "AMR", "PROMISED", "区县级", 15, 5, "依据", null, null, List.of("PERSON"),
                List.of(APP, ADDR), List.of(points), true, false, List.of("PICKUP"), List.of(), List.of());
    }

    static final ItemDefinition AMR = item("AMR-0100", "名称须经自主申报通过", "章程须全体股东签署");

    @Test
    void everyPointMustBeAnsweredOnceOneWayOrTheOther() {
        var none = ReviewPoints.check(AMR, List.of());
        assertThat(none.complete()).isFalse();
        assertThat(none.unanswered()).containsExactly("名称须经自主申报通过", "章程须全体股东签署");

        var one = ReviewPoints.check(AMR, List.of(new Answer("AMR-0100", "名称须经自主申报通过", Outcome.CONFIRMED, null)));
        assertThat(one.unanswered()).containsExactly("章程须全体股东签署");

        // the same words for another item answer nothing here
        var otherItem = ReviewPoints.check(AMR, List.of(new Answer("TAX-0001", "名称须经自主申报通过", Outcome.CONFIRMED, null),
                new Answer("TAX-0001", "章程须全体股东签署", Outcome.CONFIRMED, null)));
        assertThat(otherItem.unanswered()).hasSize(2);

        // confirmed and failed at once is no answer: the clerk must decide
        var both = ReviewPoints.check(AMR, List.of(new Answer("AMR-0100", "名称须经自主申报通过", Outcome.CONFIRMED, null),
                new Answer("AMR-0100", "章程须全体股东签署", Outcome.CONFIRMED, null),
                new Answer("AMR-0100", "章程须全体股东签署", Outcome.FAILED, "缺签字")));
        assertThat(both.unanswered()).containsExactly("章程须全体股东签署");

        var all = ReviewPoints.check(AMR, List.of(new Answer("AMR-0100", "章程须全体股东签署", Outcome.FAILED, "缺少股东乙签字"),
                new Answer("AMR-0100", "名称须经自主申报通过", Outcome.CONFIRMED, null)));
        assertThat(all.complete()).isTrue();
        assertThat(all.answered()).extracting(ReviewPoints.Recorded::position).containsExactly(1, 2); // the catalogue's order
        assertThat(all.answered().get(1).note()).isEqualTo("缺少股东乙签字");
        assertThat(ReviewPoints.check(item("AMR-0200"), List.of()).complete()).as("an item without review points").isTrue();
    }

    @Test
    void anAnswerNamingNoPointOfTheChosenItemsIsAStray() {
        var answers = List.of(new Answer("AMR-0100", "名称须经自主申报通过", Outcome.CONFIRMED, null),
                new Answer("AMR-0100", "经营范围须与章程一致", Outcome.CONFIRMED, null), // another version's words
                new Answer("PSB-0001", "名称须经自主申报通过", Outcome.CONFIRMED, null)); // an item not chosen
        assertThat(ReviewPoints.strays(List.of(AMR), answers)).extracting(Answer::point)
                .containsExactly("经营范围须与章程一致", "名称须经自主申报通过");
        assertThat(ReviewPoints.strays(List.of(AMR), answers.subList(0, 1))).isEmpty();
    }

    @Test
    void aFailingPointIsAProblemForTheNoticeAndRefusesDeferral() {
        var checked = ReviewPoints.check(AMR, List.of(new Answer("AMR-0100", "名称须经自主申报通过", Outcome.CONFIRMED, null),
                new Answer("AMR-0100", "章程须全体股东签署", Outcome.FAILED, "缺少股东乙签字")));
        var problems = ReviewPoints.problems(checked);
        assertThat(problems).hasSize(1);
        var p = problems.get(0);
        assertThat(p.code()).isEqualTo("RP-2");
        assertThat(p.kind()).isEqualTo(MaterialCheck.Kind.REVIEW_POINT_FAILED);
        assertThat(p.name()).isEqualTo("章程须全体股东签署");
        assertThat(p.problemZh()).isEqualTo("不符合审查要点：缺少股东乙签字");
        assertThat(p.deferrable()).isFalse();
        // with only a deferrable material missing, 容缺 would hold; the failing point refuses it
        var missingAddr = MaterialCheck.problems(AMR, java.util.Map.of("APP", MaterialCheck.Status.PROVIDED), true);
        assertThat(DeferralRules.check(AMR, missingAddr, null, true, EnumSet.allOf(Power.class)).allowed()).isTrue();
        var withFailing = new java.util.ArrayList<>(missingAddr);
        withFailing.addAll(problems);
        var verdict = DeferralRules.check(AMR, withFailing, null, true, EnumSet.allOf(Power.class));
        assertThat(verdict.allowed()).isFalse();
        assertThat(verdict.reasonsZh()).containsExactly("不符合审查要点，须当场补正，不能容缺：章程须全体股东签署");
    }
}
