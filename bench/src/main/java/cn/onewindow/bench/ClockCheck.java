package cn.onewindow.bench;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import cn.onewindow.calendar.HolidayData;
import cn.onewindow.calendar.LimitClock;
import cn.onewindow.calendar.WorkingCalendar;
import cn.onewindow.contracts.calendar.HolidayYear;
import cn.onewindow.contracts.vocabulary.ClockKind;

/**
 * Every case's approval clock recomputed from what the hall knows, independently of the approval
 * service: an item accepted at the window runs its decision clock from the moment of acceptance
 * (not from when the approval service happened to receive the case — a crash or an outage in between
 * must not move it), for the item's promised working days, plus the working days it was stopped,
 * on the official calendar as the hall keeps it (the shipped years, replaced by any year the hall admin
 * published, which intake stores). A case whose stored clock differs is counted.
 */
final class ClockCheck {
    private static final Duration TOLERANCE = Duration.ofMillis(1);

    private ClockCheck() {
    }

    /** How many of {@code ids} have a clock that does not start at acceptance, run the promised days, or end on its deadline. */
    static long wrongClocks(Databases db, String[] ids) throws SQLException {
        WorkingCalendar calendar = calendar(db);
        Map<String, Object[]> accepted = new HashMap<>();
        for (Object[] r : db.rows("intake", "select c.case_id, c.accepted_at, i.promised_days from intake_case c "
                + "join catalogue_item i on i.code = c.item_code and i.version = c.catalogue_version where c.case_id = any(?)", (Object) ids)) {
            accepted.put((String) r[0], r);
        }
        Map<String, List<LimitClock.Suspension>> stops = new HashMap<>();
        for (Object[] r : db.rows("approval", "select s.case_id, s.reason, s.suspended_at, s.resumed_at from clock_suspension s "
                + "join approval_case c on c.case_id = s.case_id and c.clock_kind = s.clock_kind where s.case_id = any(?) "
                + "order by s.case_id, s.seq", (Object) ids)) {
            stops.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                    .add(new LimitClock.Suspension((String) r[1], instant(r[2]), instant(r[3])));
        }
        long wrong = 0;
        for (Object[] r : db.rows("approval", "select case_id, clock_kind, clock_start, clock_budget, deadline from approval_case "
                + "where case_id = any(?)", (Object) ids)) {
            Object[] a = accepted.get((String) r[0]);
            Instant start = instant(r[2]);
            Instant deadline = instant(r[4]);
            boolean right = a != null && ClockKind.DECISION.name().equals(r[1]) && start != null && deadline != null
                    && close(start, instant(a[1])) && ((Number) r[3]).intValue() == ((Number) a[2]).intValue()
                    && new LimitClock(start, ((Number) r[3]).intValue(), stops.getOrDefault((String) r[0], List.of()))
                    .deadline(calendar).map(d -> close(d, deadline)).orElse(false);
            if (!right) {
                wrong++;
            }
        }
        return wrong;
    }

    private static WorkingCalendar calendar(Databases db) throws SQLException {
        Map<String, HolidayYear> years = new java.util.TreeMap<>(HolidayData.readShipped());
        for (Object[] r : db.rows("intake", "select year, data from calendar_year")) {
            try {
                years.putAll(HolidayData.read(new java.io.ByteArrayInputStream(
                        ("{\"" + r[0] + "\":" + r[1] + "}").getBytes(java.nio.charset.StandardCharsets.UTF_8))));
            } catch (java.io.IOException e) {
                throw new IllegalStateException("calendar year " + r[0] + " unreadable", e);
            }
        }
        return WorkingCalendar.of(years, java.time.ZoneId.of("Asia/Shanghai"));
    }

    private static boolean close(Instant a, Instant b) {
        return b != null && Duration.between(a, b).abs().compareTo(TOLERANCE) <= 0;
    }

    private static Instant instant(Object o) {
        return o == null ? null : o instanceof Timestamp t ? t.toInstant()
                : o instanceof java.time.OffsetDateTime odt ? odt.toInstant() : null;
    }
}
