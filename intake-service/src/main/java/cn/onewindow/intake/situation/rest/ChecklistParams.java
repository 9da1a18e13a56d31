package cn.onewindow.intake.situation.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.ClockProducer;

/**
 * The checklist's path and query values, read here so a bad one is a problem answer in both languages (the public guide's
 * callers type them): an item code that cannot be one is not found; a situation code has the catalogue's form.
 */
final class ChecklistParams {
    private ChecklistParams() {
    }

    static String item(String code) {
        if (code == null || !code.matches("[A-Z]{2,8}-\\d{4}")) {
            throw ProblemException.notFound("事项 item", code == null ? "" : code.length() > 20 ? code.substring(0, 20) + "…" : code);
        }
        return code;
    }

    static String situation(String situation) {
        if (situation == null || situation.isBlank()) {
            return null;
        }
        if (!situation.matches("[A-Z0-9_]{1,20}")) {
            throw ProblemException.invalid("invalid-situation", "情形编码格式不正确（如 NEW）", "Not a situation code (e.g. NEW)");
        }
        return situation;
    }

    /** As the guide reads {@code ?at=}: an instant, one with an offset, or a day (its start in the hall); absent: null. */
    static Instant at(String at) {
        if (at == null || at.isBlank()) {
            return null;
        }
        String text = at.strip();
        try {
            if (text.length() == 10) {
                return LocalDate.parse(text).atStartOfDay(ClockProducer.HALL_ZONE).toInstant();
            }
            return text.endsWith("Z") ? Instant.parse(text) : OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid("invalid-instant", "时间格式不正确（应为 2026-12-14T10:00:00+08:00 这样的时刻，或 2026-12-14 这样的日期）",
                    "Not an instant (write one like 2026-12-14T10:00:00+08:00, or a day like 2026-12-14)");
        }
    }
}
