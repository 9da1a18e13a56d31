package cn.onewindow.calendar;

import java.time.Instant;

/**
 * Where a running limit turns from normal to warning (预警): when {@code share} of the limit remains, but
 * never later than the last {@code atLeastOfficeMinutes} office minutes. A pure rule with no clock; the
 * hall sets the figures per clock (for approval: {@code onewindow.deadlines.warning.*}).
 *
 * <p>Why a share, not a fixed "one working day before" (#22, item 6): the hall warns "before a deadline
 * falls due" so that someone acts while there is still time. A fixed day put every 1-working-day item in
 * warning from its first minute — a queue where everything is amber shows nothing — and gave a 60-day item
 * the same single day as a 2-day one. A share grows with the limit; the floor gives a short limit a last
 * stretch long enough to act in. The floor never takes more than half the office time the clock actually
 * runs, or a short limit would again start in warning.
 *
 * <p>Everything is counted in office minutes (working days, opening hours): the night before a deadline
 * at midnight is no time to act in, so a warning of "one office day" starts when the hall opens on the
 * last day.
 *
 * @param share                the part of the limit left when the warning starts, strictly between 0 and 1
 * @param atLeastOfficeMinutes the shortest warning, in office minutes (0: the share alone)
 */
public record WarningPoint(double share, long atLeastOfficeMinutes) {

    public WarningPoint {
        if (!(share > 0 && share < 1)) {
            throw new IllegalArgumentException("the warning share must lie strictly between 0 and 1: " + share);
        }
        if (atLeastOfficeMinutes < 0) {
            throw new IllegalArgumentException("the shortest warning must not be negative: " + atLeastOfficeMinutes);
        }
    }

    /**
     * How many office minutes before the deadline the warning starts.
     *
     * @param limitOfficeMinutes the limit as stated, in office minutes (a working day counts as one office day)
     * @param runOfficeMinutes   the office time from the clock's start to its deadline (never less than the limit)
     */
    public long windowMinutes(long limitOfficeMinutes, long runOfficeMinutes) {
        long byShare = (long) Math.floor(share * limitOfficeMinutes);
        long floor = Math.min(atLeastOfficeMinutes, runOfficeMinutes / 2);
        // never more than the clock runs: a warning cannot start before its clock
        return Math.min(Math.max(byShare, floor), Math.max(0, runOfficeMinutes));
    }

    /**
     * The instant a clock running from {@code start} to {@code deadline} turns to warning: after its start
     * whenever it runs at all, and the deadline itself (no warning) when it has no office time left.
     */
    public Instant warnAt(WorkingCalendar calendar, OfficeHours hours, Instant start, Instant deadline, long limitOfficeMinutes) {
        long run = calendar.officeMinutesBetween(start, deadline, hours);
        return calendar.minusOfficeMinutes(deadline, windowMinutes(limitOfficeMinutes, run), hours);
    }
}
