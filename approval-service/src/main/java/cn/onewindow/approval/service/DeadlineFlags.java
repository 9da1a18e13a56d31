package cn.onewindow.approval.service;

import java.util.ArrayList;
import java.util.List;

import cn.onewindow.platform.persistence.MonitorFlags;
import io.smallrye.mutiny.Uni;

/**
 * The deadline monitor's two flags on a case, {@code warned_at} and {@code overdue_at}: set by the monitor
 * ({@link DeadlineMonitor}, with {@link cn.onewindow.platform.persistence.DueScan#flag}), cleared when a person's
 * act starts a clock or moves its deadline — always with their own SQL, beside the case's version (see
 * {@link MonitorFlags}), so a reviewer never gets a 409 because the monitor flagged the case at that moment,
 * and a reviewer's save never undoes a flag.
 */
final class DeadlineFlags {
    static final String TABLE = "approval_case";
    static final String ID = "case_id";
    static final String WARNED = "warned_at";
    static final String OVERDUE = "overdue_at";

    private DeadlineFlags() {
    }

    /**
     * Re-arms the flags whose moment is still to come, in the person's transaction: a new clock warns and
     * turns overdue afresh; a deadline moved later may warn or be overdue again.
     */
    static Uni<Void> rearm(String caseId, boolean warned, boolean overdue) {
        List<String> columns = new ArrayList<>(2);
        if (warned) {
            columns.add(WARNED);
        }
        if (overdue) {
            columns.add(OVERDUE);
        }
        return MonitorFlags.clear(TABLE, ID, caseId, columns.toArray(String[]::new));
    }
}
