package cn.onewindow.intake.delegation.rules;

import java.time.Instant;
import java.time.ZoneId;

/**
 * Whether a delegation is in force at an instant: from its start, for its term (2 years), renewing
 * itself unless either side ended it; never after it was ended or after its item was cancelled.
 */
public record DelegationTerm(Instant startsAt, int termYears, boolean autoRenew, Instant endedAt) {

    public boolean inForce(Instant at, Instant itemCancelledAt, ZoneId zone) {
        if (at.isBefore(startsAt)) {
            return false;
        }
        if (endedAt != null && !at.isBefore(endedAt)) {
            return false;
        }
        if (itemCancelledAt != null && !at.isBefore(itemCancelledAt)) {
            return false;
        }
        return autoRenew || at.isBefore(firstTermEnd(zone));
    }

    public Instant firstTermEnd(ZoneId zone) {
        return startsAt.atZone(zone).plusYears(termYears).toInstant();
    }
}
