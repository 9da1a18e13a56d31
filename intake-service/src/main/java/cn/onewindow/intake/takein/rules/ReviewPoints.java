package cn.onewindow.intake.takein.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import cn.onewindow.contracts.catalogue.ItemDefinition;

/**
 * 审查要点: the clerk checks every review point of the item version and answers each — confirmed, or failing.
 * Shown and never answered, a point proves nothing; yet liability turns on it (Langfang: a wrong intake caused by a
 * wrong review point is the department's, one where the clerk did not follow them is the clerk's). So a take-in with
 * a point left unanswered is refused, a failing point is a problem for the one-time notice like a missing material,
 * and the answers are kept with the case.
 */
public final class ReviewPoints {
    public enum Outcome { CONFIRMED, FAILED }

    /** The clerk's answer on one point of one item, the point worded as the catalogue version words it. */
    public record Answer(String itemCode, String point, Outcome outcome, String note) {
    }

    /** An answer as kept: the point's place in the item's list (from 1), its words, the outcome, the clerk's note. */
    public record Recorded(int position, String point, Outcome outcome, String note) {
    }

    /** One item's points: those answered, in the catalogue's order, and those left unanswered. */
    public record Checked(String itemCode, List<Recorded> answered, List<String> unanswered) {
        public boolean complete() {
            return unanswered.isEmpty();
        }
    }

    /** What a failing point is called in the one-time notice (RP-1, RP-2… by its place in the item's list). */
    static final String CODE_PREFIX = "RP-";

    private ReviewPoints() {
    }

    /** Each point of the item answered once; a point answered both ways is no answer (the clerk must decide). */
    public static Checked check(ItemDefinition item, List<Answer> answers) {
        List<Recorded> answered = new ArrayList<>();
        List<String> unanswered = new ArrayList<>();
        var points = item.safeReviewPoints();
        for (int i = 0; i < points.size(); i++) {
            String point = points.get(i);
            var mine = answers.stream().filter(a -> item.code().equals(a.itemCode()) && point.equals(a.point())).toList();
            var outcomes = mine.stream().map(Answer::outcome).filter(Objects::nonNull).distinct().toList();
            if (outcomes.size() != 1) {
                unanswered.add(point);
                continue;
            }
            String note = mine.stream().map(Answer::note).filter(n -> n != null && !n.isBlank()).findFirst().orElse(null);
            answered.add(new Recorded(i + 1, point, outcomes.get(0), note));
        }
        return new Checked(item.code(), List.copyOf(answered), List.copyOf(unanswered));
    }

    /**
     * Answers that name no point of any chosen item: another version's wording (the catalogue changed while the
     * clerk worked) or an item not chosen. Refused rather than ignored: the clerk checked something else.
     */
    public static List<Answer> strays(List<ItemDefinition> items, List<Answer> answers) {
        return answers.stream().filter(a -> items.stream().noneMatch(d -> d.code().equals(a.itemCode())
                && d.safeReviewPoints().contains(a.point()))).toList();
    }

    /** The failing points as problems for the one-time notice: corrected now, never deferred (容缺). */
    public static List<MaterialCheck.Problem> problems(Checked checked) {
        return checked.answered().stream().filter(r -> r.outcome() == Outcome.FAILED).map(r -> new MaterialCheck.Problem(
                checked.itemCode(), CODE_PREFIX + r.position(), r.point(), MaterialCheck.Kind.REVIEW_POINT_FAILED,
                r.note() == null ? "不符合审查要点" : "不符合审查要点：" + r.note(),
                r.note() == null ? "review point not met" : "review point not met: " + r.note(), false, false)).toList();
    }
}
