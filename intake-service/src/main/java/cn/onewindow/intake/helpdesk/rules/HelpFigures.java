package cn.onewindow.intake.helpdesk.rules;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One hall's help desk figures for one day (帮办代办): how many requests came in, how many were answered within the
 * limit — the goal is at least 90 % — and how many were resolved on first contact.
 * <p>
 * The in-time share counts the requests whose outcome is settled: those answered (in time or late) and those still
 * unanswered past their limit (late whatever happens now); a request still within its limit counts for neither side
 * yet. {@code inTimeShare} is null when nothing is settled, and {@code belowGoal} only says so of a share.
 * First-contact resolution is the share of answered requests answered RESOLVED (one answer per request: the first).
 */
public record HelpFigures(LocalDate day, String hallCode, int total, int answered, int answeredInTime, int late, int open,
                          Double inTimeShare, double goal, boolean belowGoal, int resolvedFirstContact,
                          Double firstContactShare) {
    /** 帮办代办: at least nine requests in ten answered within the limit. */
    public static final double GOAL = 0.90;

    /** A request as the figures read it. */
    public record Row(Instant createdAt, int limitSeconds, Instant answeredAt, Boolean inTime, String resolution) {
    }

    public static HelpFigures of(LocalDate day, String hallCode, List<Row> rows, Instant now) {
        int answered = 0;
        int inTime = 0;
        int late = 0;
        int open = 0;
        int resolved = 0;
        for (Row r : rows) {
            if (r.answeredAt() != null) {
                answered++;
                boolean ok = r.inTime() != null ? r.inTime()
                        : HelpAnswerRules.inTime(r.createdAt(), r.answeredAt(), r.limitSeconds());
                if (ok) {
                    inTime++;
                } else {
                    late++;
                }
                if (HelpAnswerRules.RESOLVED.equals(r.resolution())) {
                    resolved++;
                }
            } else {
                open++;
                if (HelpAnswerRules.overdue(r.createdAt(), r.limitSeconds(), now)) {
                    late++;
                }
            }
        }
        int settled = inTime + late;
        Double share = settled == 0 ? null : round((double) inTime / settled);
        Double firstContact = answered == 0 ? null : round((double) resolved / answered);
        return new HelpFigures(day, hallCode, rows.size(), answered, inTime, late, open, share, GOAL,
                share != null && share < GOAL, resolved, firstContact);
    }

    private static double round(double share) {
        return Math.round(share * 10_000) / 10_000.0;
    }
}
