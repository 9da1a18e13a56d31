package cn.onewindow.evaluation.enquiry.rules;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;

import cn.onewindow.platform.problem.ProblemException;

/** A month as the return visits are drawn by: {@code 2026-06}; anything else is a problem answer in both languages. */
public final class Months {
    private Months() {
    }

    public static YearMonth parse(String month) {
        if (month == null || month.isBlank()) {
            throw ProblemException.invalid("invalid-month", "请指定月份，如 2026-06", "Name the month, like 2026-06");
        }
        try {
            return YearMonth.parse(month.strip());
        } catch (DateTimeParseException e) {
            String shown = month.length() > 20 ? month.substring(0, 20) + "…" : month;
            throw ProblemException.invalid("invalid-month", "月份格式不正确：" + shown + "（应为 2026-06 这样的年月）",
                    "Not a month: " + shown + " (write one like 2026-06)");
        }
    }
}
