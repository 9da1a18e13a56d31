package cn.onewindow.calendar;

import java.time.LocalTime;

import cn.onewindow.contracts.hall.HallDefinition;

/**
 * The hall's opening hours on a working day, for the minute-level limits (routing within 10 or 30
 * minutes, a back-office acceptance within 20 minutes while the applicant waits): those minutes only
 * run while the hall is open. Per hall (区域通办): {@link #of(HallDefinition)}.
 */
public record OfficeHours(LocalTime opens, LocalTime closes) {
    /** 9:00–17:00, the usual hours of a county hall; configurable per hall. */
    public static final OfficeHours DEFAULT = new OfficeHours(LocalTime.of(9, 0), LocalTime.of(17, 0));

    public OfficeHours {
        if (!opens.isBefore(closes)) {
            throw new IllegalArgumentException("the hall must open before it closes");
        }
    }

    /**
     * The hours a hall's limits count: its regular hours only. 延时服务 (extended evenings) and 预约办 (appointment days)
     * are service beyond the legal working time — the window takes applicants in, but no limit counts those minutes, so
     * a hall's longer service never shortens a department's or a clerk's limit (HallDefinition).
     */
    public static OfficeHours of(HallDefinition hall) {
        return new OfficeHours(hall.opens(), hall.closes());
    }

    /** The office minutes of one working day: what a limit of one working day is worth in office time. */
    public long minutesPerDay() {
        return java.time.Duration.between(opens, closes).toMinutes();
    }
}
