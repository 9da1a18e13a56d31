package cn.onewindow.intake.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

class CaseNumbersTest {
    @Test
    void hallDateAndSixDigitSequence() {
        assertThat(CaseNumbers.format("DX", LocalDate.of(2026, 2, 14), 42)).isEqualTo("DX-20260214-000042");
    }
}
