package cn.onewindow.intake.takein.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CaseNumbersTest {
    @Test
    void hallDateAndSixDigitSequence() {
        assertThat(CaseNumbers.format("DX", LocalDate.of(2026, 2, 14), 42)).isEqualTo("DX-20260214-000042");
        assertThat(CaseNumbers.format("DX-B", LocalDate.of(2026, 12, 1), 1)).isEqualTo("DX-B-20261201-000001");
        assertThat(CaseNumbers.format("DX", LocalDate.of(2026, 12, 31), 999_999)).isEqualTo("DX-20261231-999999");
        // a day past a million cases widens, as %06d does
        assertThat(CaseNumbers.format("DX", LocalDate.of(2026, 12, 31), 1_234_567)).isEqualTo("DX-20261231-1234567");
        for (int n : new int[] {0, 7, 10, 99, 100, 12345, 123456}) {
            assertThat(CaseNumbers.format("LKQ", LocalDate.of(2027, 1, 5), n)).isEqualTo("%s-%s-%06d".formatted("LKQ", "20270105", n));
        }
    }
}
