package cn.onewindow.platform.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The monitors write their conditions with {@code :now}; the scan sends them as plain SQL with {@code $1}. */
class SkipLockedTest {

    @Test
    void everyNowBecomesTheFirstParameter() {
        assertThat(SkipLocked.positional("warned_at is null and warn_at <= :now and deadline > :now"))
                .isEqualTo("warned_at is null and warn_at <= $1 and deadline > $1");
    }

    @Test
    void castsAndLongerNamesStay() {
        assertThat(SkipLocked.positional("id::text = x and nowhere = :nowhere and d <= :now::timestamptz"))
                .isEqualTo("id::text = x and nowhere = :nowhere and d <= $1::timestamptz");
    }
}
