package cn.onewindow.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.logging.Level;

import org.jboss.logmanager.ExtLogRecord;
import org.junit.jupiter.api.Test;

class PersonalNumbersTest {

    @Test
    void masksIdCardsMobilesAndLandlines() {
        assertThat(PersonalNumbers.mask("申请人 11010519491231002X 手机 13812345678 座机 010-87654321"))
                .isEqualTo("申请人 1101**********002X 手机 138****5678 座机 010-****4321");
        assertThat(PersonalNumbers.mask("+8613812345678")).isEqualTo("+86138****5678");
        assertThat(PersonalNumbers.mask("old id 110105491231002")).isEqualTo("old id 1101*******1002");
        assertThat(PersonalNumbers.contains("1101**********002X 138****5678")).isFalse();
    }

    @Test
    void leavesNumbersThatAreNotPersonalAlone() {
        String text = "case DX-20261129-000123 credit 91350100M000100Y43 event 8e1030fe-4a1b-4c2d-9e3f-138123456789 "
                + "offset 13812345678901 epoch 1764374400000 time 2026-11-28T23:59:03.957Z";
        assertThat(PersonalNumbers.contains(text)).isFalse();
        assertThat(PersonalNumbers.mask(text)).isSameAs(text);
    }

    @Test
    void theLogFilterMasksTheMessageAndTheExceptionItCarries() {
        var record = new ExtLogRecord(Level.WARNING, "applicant %s called from %s", ExtLogRecord.FormatStyle.PRINTF,
                PersonalNumbersTest.class.getName());
        record.setParameters(new Object[] {"11010519491231002X", "13812345678"});
        record.setThrown(new IllegalStateException("wrapper",
                new RuntimeException("Key (id_number)=(11010519491231002X) already exists")));

        assertThat(new PersonalNumberLogFilter().isLoggable(record)).isTrue();

        assertThat(record.getFormattedMessage()).isEqualTo("applicant 1101**********002X called from 138****5678");
        assertThat(record.getThrown().getCause().toString())
                .isEqualTo("java.lang.RuntimeException: Key (id_number)=(1101**********002X) already exists");
        assertThat(record.getThrown().getStackTrace()).isNotEmpty();
    }
}
