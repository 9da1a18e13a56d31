package cn.onewindow.approval.webhook.domain;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** CloudEvents attributes as HTTP header values (HTTP protocol binding 1.0.2, 3.1.3.2). */
class CloudEventHeaderValueTest {
    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "6f1c0c43-93d4-4b9a-9a57-2b3f0e1d7c15 | 6f1c0c43-93d4-4b9a-9a57-2b3f0e1d7c15",
            "/onewindow/approval-service | /onewindow/approval-service",
            "cn.onewindow.case.decided.v1 | cn.onewindow.case.decided.v1",
            "'a b' | a%20b",
            "'100%' | 100%25",
            "'say \"hi\"' | say%20%22hi%22",
            "/窗口 | /%E7%AA%97%E5%8F%A3",
            "'café' | caf%C3%A9",
            "'😀' | %F0%9F%98%80",
            "'~!#$&()*+,/:;<=>?@[]^`{|}' | '~!#$&()*+,/:;<=>?@[]^`{|}'"})
    void printableAsciiStaysAndEverythingElseIsPercentEncodedAsUtf8(String value, String header) {
        assertThat(CloudEventHeaderValue.encode(value)).isEqualTo(header);
    }

    @Test
    void controlCharactersCannotStartAHeaderOfTheirOwn() {
        assertThat(CloudEventHeaderValue.encode("line\r\nX-Injected: 1")).isEqualTo("line%0D%0AX-Injected:%201");
        assertThat(CloudEventHeaderValue.encode("tab\there")).isEqualTo("tab%09here");
        assertThat(CloudEventHeaderValue.encode("del\u007f")).isEqualTo("del%7F");
    }
}
