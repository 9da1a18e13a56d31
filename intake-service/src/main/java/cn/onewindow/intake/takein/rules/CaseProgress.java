package cn.onewindow.intake.takein.rules;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import cn.onewindow.contracts.vocabulary.DecisionOutcome;
import cn.onewindow.contracts.vocabulary.IntakeCaseStatus;
import cn.onewindow.contracts.vocabulary.Terms;

/**
 * 首办负责: the clerk who took a case in answers for it until the result is out (Qingpu: "负责全程跟踪服务"), so the
 * window follows the case past its own desk — into the department, to the decision, to the issuance window, to the
 * applicant. The window's own {@code status} says what the window did and what it still holds (materials owed);
 * the progress says how far the case has gone since. Both are read together into the one state the window shows.
 *
 * <p>The stages arrive as events on two topics (approval's and issuance's), read by two consumers: their order is
 * not guaranteed (a result can be ready at issuance before the window has read the decision), and an event can come
 * twice. So a case only ever moves forward ({@link #earlier}): a late or repeated stage changes nothing.
 */
public final class CaseProgress {
    /** How far a case has gone since the window, in the order it goes. */
    public enum Stage {
        /** 部门审批中: the department's work queue holds it (queued, awaiting acceptance or examination). */
        IN_DEPARTMENT,
        /** 已决定: approved, denied, not accepted or terminated ({@link #DECISIONS}, kept on its own). */
        DECIDED,
        /** 待出件: the result is at the unified issuance window. */
        RESULT_READY,
        /** 已送达: handed out or mailed and delivered. */
        DELIVERED
    }

    /** The decisions a department announces (approval's CaseDecided outcomes). */
    public static final Set<String> DECISIONS = Arrays.stream(DecisionOutcome.values()).map(Enum::name)
            .collect(Collectors.toUnmodifiableSet());

    /** Window statuses that mean the applicant still owes the window something: the clerk's errand comes first. */
    static final Set<IntakeCaseStatus> OWING = EnumSet.of(IntakeCaseStatus.ACCEPTED_WITH_DEFERRED_MATERIALS,
            IntakeCaseStatus.SUPPLEMENT_REQUESTED);

    private CaseProgress() {
    }

    /**
     * The stages a case may be at for {@code next} to move it on: the ones before it (a case at none of them — not
     * yet past the window — may always move on). Anything at {@code next} or beyond stays where it is.
     */
    public static List<Stage> earlier(Stage next) {
        return Arrays.stream(Stage.values()).filter(s -> s.ordinal() < next.ordinal()).toList();
    }

    /** Whether a case at {@code current} (null: not yet past the window) moves on to {@code next}. */
    public static boolean advances(String current, Stage next) {
        return current == null || earlier(next).stream().anyMatch(s -> s.name().equals(current));
    }

    /**
     * The one state the window shows for a case: what the applicant still owes the window while the department has
     * not decided; else the furthest stage (a decision is shown by its outcome); else the window's own status.
     *
     * @param status   the window's status ({@link IntakeCaseStatus}; shown by its name)
     * @param progress a {@link Stage} name, or null
     * @param decision one of {@link #DECISIONS}, or null
     */
    public static String shown(IntakeCaseStatus status, String progress, String decision) {
        String own = Terms.code(status);
        if (decision == null && OWING.contains(status)) {
            return own;
        }
        if (progress == null) {
            return decision != null ? decision : own;
        }
        return switch (Stage.valueOf(progress)) {
            case IN_DEPARTMENT -> decision != null ? decision : Stage.IN_DEPARTMENT.name();
            case DECIDED -> decision != null ? decision : own;
            case RESULT_READY, DELIVERED -> progress;
        };
    }
}
