package cn.onewindow.intake.prereview.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.prereview.rules.PreReviewRules.NoticeLine;
import cn.onewindow.platform.problem.ProblemException;

/** When a pre-review's answer is due, and what a one-time notice may say. */
class PreReviewRulesTest {
    static final ZoneId HALL = ZoneId.of("Asia/Shanghai");
    /** 2026-12-07 (Monday) a public holiday for the test: working minutes skip it too. */
    static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(LocalDate.parse("2026-12-07")), Set.of(), HALL);

    static Instant local(String t) {
        return java.time.LocalDateTime.parse(t).atZone(HALL).toInstant();
    }

    @Test
    void workingMinutesRunOnlyWhileTheHallIsOpen() {
        var minutes = new ItemDefinition.Limit(240, "WORKING_MINUTES");
        // Thursday 10:00 + 240 office minutes: 14:00 the same day
        assertThat(PreReviewRules.dueAt(minutes, local("2026-12-03T10:00"), CALENDAR)).isEqualTo(local("2026-12-03T14:00"));
        // Friday 15:00: 120 minutes to the 17:00 closing, the rest after the weekend and the Monday holiday
        assertThat(PreReviewRules.dueAt(minutes, local("2026-12-04T15:00"), CALENDAR)).isEqualTo(local("2026-12-08T11:00"));
        // submitted at night: the minutes start at the next opening
        assertThat(PreReviewRules.dueAt(minutes, local("2026-12-02T20:30"), CALENDAR)).isEqualTo(local("2026-12-03T13:00"));
    }

    @Test
    void workingDaysRunOnTheCalendar() {
        var day = new ItemDefinition.Limit(1, "WORKING_DAYS");
        // Friday: one working day is the next working day (Tuesday, Monday being a holiday), to its end
        assertThat(PreReviewRules.dueAt(day, local("2026-12-04T15:00"), CALENDAR)).isEqualTo(local("2026-12-09T00:00"));
        // no limit in the item's version: one working day
        assertThat(PreReviewRules.dueAt(null, local("2026-12-04T15:00"), CALENDAR)).isEqualTo(local("2026-12-09T00:00"));
    }

    static final ItemDefinition ITEM = new ItemDefinition("CA-0001", "结婚登记", "CA", "IMMEDIATE", "COUNTY", 1, 1, "法", "条件",
            "免费", List.of("PERSON"), List.of(
                    new ItemDefinition.Material("ID", "身份证", true, true, 1, true, false, null),
                    new ItemDefinition.Material("HUKOU", "户口簿", true, true, 1, true, false, null),
                    new ItemDefinition.Material("PHOTO", "照片", false, false, 3, true, true, null)),
            List.of(), false, false, List.of("PICKUP"), List.of(), List.of());

    static String code(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e.status() + " " + e.code();
        }
        return "ok";
    }

    @Test
    void aNoticeNamesEveryMaterialOnceWithItsReason() {
        assertThat(code(() -> PreReviewRules.checkNotice(ITEM, List.of(), Set.of(), Set.of()))).isEqualTo("400 notice-empty");
        assertThat(code(() -> PreReviewRules.checkNotice(ITEM, List.of(new NoticeLine("ID", " ")), Set.of(), Set.of())))
                .isEqualTo("400 notice-reason-missing");
        assertThat(code(() -> PreReviewRules.checkNotice(ITEM, List.of(new NoticeLine("XX", "?")), Set.of(), Set.of())))
                .isEqualTo("422 unknown-material");
        assertThat(code(() -> PreReviewRules.checkNotice(ITEM, List.of(new NoticeLine("ID", "a"), new NoticeLine("ID", "b")),
                Set.of(), Set.of()))).isEqualTo("400 notice-material-twice");
        assertThat(code(() -> PreReviewRules.checkNotice(ITEM, List.of(new NoticeLine("ID", "模糊"), new NoticeLine("PHOTO", "缺")),
                Set.of(), Set.of()))).isEqualTo("ok");
    }

    @Test
    void onAResubmissionOnlyWhatWasNamedOrChangedMayBeRaised() {
        // the first notice named ID; the applicant replaced ID and nothing else
        assertThat(code(() -> PreReviewRules.checkNotice(ITEM, List.of(new NoticeLine("ID", "仍然模糊")), Set.of("ID"), Set.of("ID"))))
                .isEqualTo("ok");
        assertThat(code(() -> PreReviewRules.checkNotice(ITEM, List.of(new NoticeLine("HUKOU", "首页缺失")), Set.of("ID"),
                Set.of("ID")))).isEqualTo("409 notice-not-one-time");
        assertThat(code(() -> PreReviewRules.checkNotice(ITEM, List.of(new NoticeLine("PHOTO", "新照片不合格")), Set.of("ID"),
                Set.of("ID", "PHOTO")))).isEqualTo("ok");
    }

    @Test
    void aSubmissionNeedsEveryKeyMaterial() {
        assertThat(PreReviewRules.missingKeyMaterials(ITEM, Set.of("PHOTO")).stream().map(ItemDefinition.Material::code))
                .containsExactly("ID", "HUKOU");
        assertThat(PreReviewRules.missingKeyMaterials(ITEM, Set.of("ID", "HUKOU"))).isEmpty();
        assertThatThrownBy(() -> { throw PreReviewRules.keyMaterialsMissing(PreReviewRules.missingKeyMaterials(ITEM, Set.of())); })
                .hasMessageContaining("ID, HUKOU");
    }
}
