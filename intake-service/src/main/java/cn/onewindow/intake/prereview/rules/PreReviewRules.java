package cn.onewindow.intake.prereview.rules;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import cn.onewindow.calendar.LimitClock;
import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.platform.problem.ProblemException;

/** The pre-review's rules that need no database: what must be uploaded, when the answer is due, what a notice may say. */
public final class PreReviewRules {
    /** An item with the channel but no limit in its version is answered within one working day (the usual promise). */
    public static final ItemDefinition.Limit DEFAULT_LIMIT = new ItemDefinition.Limit(1, "WORKING_DAYS");

    private PreReviewRules() {
    }

    /** One line of a one-time notice: the material and what is missing or wrong with it. */
    public record NoticeLine(String materialCode, String reason) {
    }

    /**
     * What a pass says of a material with no file: it does not apply to this applicant (the window counts it not
     * applicable), or the applicant brings it to the window (the clerk receives it there, and the applicant is told so).
     */
    public enum Mark { NOT_APPLICABLE, BRING_TO_WINDOW }

    /** A pass's mark for one material with no file. */
    public record MarkLine(String materialCode, Mark mark) {
    }

    /**
     * The marks of a pass, checked against the files: every material of the item without a file has exactly one mark
     * (else the window would find it missing and give a second notice: 一次性告知), a material with a file has none,
     * and a key material is never "not applicable".
     *
     * @return material code → mark, in the list's order
     */
    public static Map<String, Mark> checkMarks(ItemDefinition def, Set<String> uploaded, List<MarkLine> marks) {
        Map<String, Mark> out = new LinkedHashMap<>();
        for (var line : marks == null ? List.<MarkLine>of() : marks) {
            var m = material(def, line.materialCode());
            if (line.mark() == null) {
                throw ProblemException.invalid("material-mark-missing", "须为材料注明处理方式（不适用或到窗口提交）：" + m.code(),
                        "Mark the material NOT_APPLICABLE or BRING_TO_WINDOW: " + m.code());
            }
            if (uploaded.contains(m.code())) {
                throw ProblemException.invalid("material-mark-has-file", "该材料已上传文件，无需注明：" + m.code(),
                        "The material has its file; it takes no mark: " + m.code());
            }
            if (m.key() && line.mark() == Mark.NOT_APPLICABLE) {
                throw ProblemException.invalid("material-mark-key", "关键材料不可免于提交：" + m.code(),
                        "A key material always applies: " + m.code());
            }
            if (out.put(m.code(), line.mark()) != null) {
                throw ProblemException.invalid("material-mark-twice", "同一材料只注明一次：" + m.code(),
                        "Mark each material once: " + m.code());
            }
        }
        var unmarked = def.materials().stream().filter(m -> !uploaded.contains(m.code()) && !out.containsKey(m.code())).toList();
        if (!unmarked.isEmpty()) {
            throw new ProblemException(422, "materials-unmarked",
                    "预审通过须为每项未上传的材料注明“不适用”或“到窗口提交”，否则窗口受理时将再次告知：" + String.join("、",
                            unmarked.stream().map(m -> m.code() + " " + m.name()).toList()),
                    "A pass marks every material without a file NOT_APPLICABLE or BRING_TO_WINDOW (else the window would "
                            + "give a second notice): " + String.join(", ", unmarked.stream().map(ItemDefinition.Material::code).toList()));
        }
        return out;
    }

    /**
     * When the answer is due: office minutes on the hall's office hours, or working days on the calendar — counted as
     * the approval service counts its acceptance minutes and its working-day limits.
     */
    public static Instant dueAt(ItemDefinition.Limit limit, Instant submittedAt, WorkingCalendar calendar) {
        var l = limit == null ? DEFAULT_LIMIT : limit;
        if ("WORKING_MINUTES".equals(l.unit())) {
            return calendar.addOfficeMinutes(submittedAt, l.amount(), OfficeHours.DEFAULT);
        }
        return LimitClock.started(submittedAt, l.amount()).deadline(calendar).orElseThrow();
    }

    /** Whether the item can be prepared online (网上预审) in this version. */
    public static boolean offersPreReview(ItemDefinition def) {
        return def.safeChannels().contains(ItemDefinition.ONLINE_PRE_REVIEW);
    }

    /** The key materials with no file yet: a submission needs every one (the others the reviewer may still ask for). */
    public static List<ItemDefinition.Material> missingKeyMaterials(ItemDefinition def, Set<String> uploaded) {
        return def.materials().stream().filter(m -> m.key() && !uploaded.contains(m.code())).toList();
    }

    public static ProblemException keyMaterialsMissing(List<ItemDefinition.Material> missing) {
        return new ProblemException(422, "key-materials-missing",
                "以下关键材料尚未上传：" + String.join("、", missing.stream().map(m -> m.code() + " " + m.name()).toList()),
                "Key materials not uploaded yet: " + String.join(", ", missing.stream().map(ItemDefinition.Material::code).toList()));
    }

    public static ItemDefinition.Material material(ItemDefinition def, String code) {
        return def.materials().stream().filter(m -> m.code().equals(code)).findFirst()
                .orElseThrow(() -> new ProblemException(422, "unknown-material",
                        "该事项的材料清单中没有此材料：" + code, "No material " + code + " on this item's list"));
    }

    /**
     * A one-time notice (一次性告知) as the reviewer gives it: at least one line, each a material of the item, each
     * material once, each with its reason. On a resubmission it may name only what the earlier notice named or what
     * was uploaded again since: anything else was there to be seen the first time, and the applicant is told once.
     *
     * @param earlier the materials an earlier notice named (empty: the first)
     * @param changedSince the materials uploaded again since that notice
     */
    public static void checkNotice(ItemDefinition def, List<NoticeLine> lines, Collection<String> earlier,
                                   Collection<String> changedSince) {
        if (lines == null || lines.isEmpty()) {
            throw ProblemException.invalid("notice-empty", "一次性告知须逐项列明缺少或不符合要求的材料及原因",
                    "A one-time notice lists every missing or wrong material with its reason");
        }
        Set<String> seen = new LinkedHashSet<>();
        List<String> twice = new ArrayList<>();
        for (var line : lines) {
            material(def, line.materialCode());
            if (line.reason() == null || line.reason().isBlank()) {
                throw ProblemException.invalid("notice-reason-missing", "告知事项须写明原因：" + line.materialCode(),
                        "Each line of the notice needs its reason: " + line.materialCode());
            }
            if (!seen.add(line.materialCode())) {
                twice.add(line.materialCode());
            }
        }
        if (!twice.isEmpty()) {
            throw ProblemException.invalid("notice-material-twice", "同一材料只列一次（原因合并写明）：" + String.join("、", twice),
                    "List each material once (all its reasons in one line): " + String.join(", ", twice));
        }
        if (!earlier.isEmpty()) {
            var news = seen.stream().filter(c -> !earlier.contains(c) && !changedSince.contains(c)).toList();
            if (!news.isEmpty()) {
                throw new ProblemException(409, "notice-not-one-time",
                        "一次性告知：以下材料在上次告知时未列出且此后未更换，不能再次告知：" + String.join("、", news),
                        "One-time notice: these materials were not named in the earlier notice and have not changed since; "
                                + "they cannot be raised now: " + String.join(", ", news));
            }
        }
    }
}
