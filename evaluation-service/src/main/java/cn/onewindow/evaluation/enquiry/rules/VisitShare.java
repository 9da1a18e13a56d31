package cn.onewindow.evaluation.enquiry.rules;

/**
 * How many of a month's delivered cases get a return-visit task (回访抽样): the configured share, rounded up, at least
 * one when any case was delivered, never more than were delivered; and the coverage the supervisor reads.
 */
public final class VisitShare {
    private VisitShare() {
    }

    /** @param percent the share in percent (1–100) */
    public static int tasks(int delivered, int percent) {
        if (percent < 1 || percent > 100) {
            throw new IllegalArgumentException("the share of cases visited is 1 to 100 percent, not " + percent);
        }
        if (delivered <= 0) {
            return 0;
        }
        int share = (int) Math.ceil(delivered * percent / 100.0);
        return Math.min(delivered, Math.max(1, share));
    }

    /** Visited of due in percent with one decimal; null when nothing was due (no figure rather than 0 % or 100 %). */
    public static Double coverage(long visited, long due) {
        if (due <= 0) {
            return null;
        }
        return Math.round(visited * 1000.0 / due) / 10.0;
    }
}
