package cn.onewindow.intake.signoff.rules;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.Actor;
import cn.onewindow.intake.signoff.model.SignOff;
import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Posts;

/**
 * 窗口无否决权, the rules without a database: the sign-off's limit (office minutes of the clerk's hall), who may sign a
 * sign-off off, and which take-in an overrule allows — the same applicant, the same items, the same hall, and no problem
 * the signer did not see.
 */
public final class SignOffRules {
    /** The window would send a parcel back (快递寄送材料 answered as not the hall's): the parcel is returned. */
    public static final String RETURN = "RETURN";
    /** The window would answer that the file is not within the item's or the hall's scope (不予受理). */
    public static final String OUT_OF_SCOPE = "OUT_OF_SCOPE";
    /** The window would refuse 容缺受理 (the one-time notice instead). */
    public static final String DEFERRAL_REFUSED = "DEFERRAL_REFUSED";

    public static final String CONFIRM = "CONFIRM";
    public static final String OVERRULE = "OVERRULE";

    private SignOffRules() {
    }

    /** Who signs: the person, and the hall and (a chief representative's) department their token names. */
    public record Signer(Actor actor, String hall, String department) {
    }

    /** One problem as the sign-off keeps it: item, material (or review point) and what is wrong with it. */
    public static String key(MaterialCheck.Problem p) {
        return p.itemCode() + ":" + p.code() + ":" + p.kind();
    }

    public static List<String> keys(Collection<MaterialCheck.Problem> problems) {
        return problems.stream().map(SignOffRules::key).distinct().sorted().toList();
    }

    /** The chosen items' codes as the sign-off keeps them: sorted, comma-separated (a bundle's order does not matter). */
    public static String itemCodes(Collection<String> codes) {
        return String.join(",", new TreeSet<>(codes));
    }

    /**
     * When the sign-off is due: {@code minutes} office minutes of the hall after the request. Minutes run only while the
     * hall is open on a working day — a request at closing time is due the next working morning, not at night.
     */
    public static Instant dueAt(WorkingCalendar calendar, OfficeHours hours, Instant requestedAt, int minutes) {
        return calendar.addOfficeMinutes(requestedAt, minutes, hours);
    }

    /** Office minutes left until {@code dueAt} at {@code now}; negative once past it (the list flags it late). */
    public static long minutesLeft(WorkingCalendar calendar, OfficeHours hours, Instant now, Instant dueAt) {
        return now.isAfter(dueAt) ? -calendar.officeMinutesBetween(dueAt, now, hours)
                : calendar.officeMinutesBetween(now, dueAt, hours);
    }

    /** A decision after the due instant is late: still taken (the applicant waits for an answer), and flagged. */
    public static boolean late(Instant dueAt, Instant at) {
        return at.isAfter(dueAt);
    }

    /**
     * Why {@code signer} may not decide {@code s}, or null. Another hall's sign-off is not theirs (403 other-hall); a chief
     * representative signs off files of their own department only (403 other-department); nobody signs off their own
     * request (403 own-sign-off) — the point is a second pair of eyes; a sign-off is decided once (409).
     */
    public static ProblemException mayDecide(SignOff s, Signer signer) {
        if (!Objects.equals(s.hallCode, signer.hall())) {
            return ProblemException.forbidden("other-hall", "这是其他大厅（" + s.hallCode + "）的待审核事项",
                    "This sign-off belongs to another hall (" + s.hallCode + ")");
        }
        if (Posts.CHIEF_REPRESENTATIVE.equals(signer.actor().post())
                && !Arrays.asList(s.departments.split(",")).contains(signer.department())) {
            return ProblemException.forbidden("other-department", "首席代表只审核本部门事项的退回或拒绝",
                    "A chief representative signs off their own department's files only");
        }
        if (Objects.equals(s.requestedById, signer.actor().userId())) {
            return ProblemException.forbidden("own-sign-off", "不能审核本人提出的退回或拒绝，须由中台或首席代表另一人审核",
                    "Nobody signs off their own return or refusal: another person of the mid desk or the chief representative does");
        }
        if (!SignOff.PENDING.equals(s.status)) {
            return ProblemException.conflict("sign-off-decided", "该事项已审核（" + s.status + "），不能再次审核",
                    "This sign-off was decided already (" + s.status + ")");
        }
        return null;
    }

    /**
     * The file a take-in names an overrule for: who applies, for what, at which hall, and from which parcel (快递寄送材料;
     * null at the window).
     */
    public record File(String applicantKind, String applicantId, Collection<String> itemCodes, String hall, String parcelId) {
        /** A file brought to the window (no parcel). */
        public File(String applicantKind, String applicantId, Collection<String> itemCodes, String hall) {
            this(applicantKind, applicantId, itemCodes, hall, null);
        }
    }

    /**
     * Why the overruled sign-off {@code s} does not allow taking {@code file} in, or null. Only an OVERRULED sign-off
     * allows a take-in (409 sign-off-not-overruled), once (409 sign-off-used), and only of the same file: the same
     * applicant, items and hall (422 sign-off-other-file) — an overrule is no blank permission for another file.
     */
    public static ProblemException allows(SignOff s, File file) {
        if (!SignOff.OVERRULED.equals(s.status)) {
            return ProblemException.conflict("sign-off-not-overruled",
                    "该退回或拒绝" + (SignOff.PENDING.equals(s.status) ? "尚待审核" : "已被确认") + "，不能据此受理",
                    "This return or refusal is " + s.status + ", not overruled: no take-in may rest on it");
        }
        if (s.usedCaseId != null) {
            return ProblemException.conflict("sign-off-used", "该否决已用于受理办件 " + s.usedCaseId + "，只能使用一次",
                    "This overrule was used for case " + s.usedCaseId + " already: once only");
        }
        if (!Objects.equals(s.applicantKind, file.applicantKind()) || !Objects.equals(s.applicantId, file.applicantId())
                || !Objects.equals(s.itemCodes, itemCodes(file.itemCodes())) || !Objects.equals(s.hallCode, file.hall())) {
            return otherFile("申请人、事项或大厅与被否决的退回不一致", "the applicant, the items or the hall differ from the overruled one");
        }
        // an overruled parcel return is that parcel's take-in: not a window file's, nor another parcel's (the parcel
        // would stay registered and the overrule would have served a file the signer never saw)
        String parcel = s.parcelId == null ? null : s.parcelId.toString();
        if (parcel == null ? file.parcelId() != null : !parcel.equalsIgnoreCase(String.valueOf(file.parcelId()))) {
            return otherFile(parcel == null ? "被否决的是窗口的退回，不能用于快递寄送的材料" : "被否决的退回针对的是另一份快递寄送的材料",
                    parcel == null ? "the overruled return was the window's, not a parcel's"
                            : "the overruled return was of another parcel");
        }
        return null;
    }

    /**
     * Whether the take-in's problems now are among those the signer saw and overruled; a take-in with a problem more is
     * another file (422 sign-off-other-file) — the signer decided on what was in front of them, not on a blank.
     */
    public static ProblemException coversProblems(Collection<String> overruled, Collection<String> now) {
        var more = now.stream().filter(k -> !overruled.contains(k)).sorted().toList();
        return more.isEmpty() ? null : otherFile("出现了审核时没有的问题：" + String.join("、", more),
                "problems the signer did not see: " + String.join(", ", more));
    }

    private static ProblemException otherFile(String zh, String en) {
        return new ProblemException(422, "sign-off-other-file", "被否决的退回或拒绝不适用于这份申请：" + zh,
                "The overrule does not apply to this file: " + en);
    }
}
