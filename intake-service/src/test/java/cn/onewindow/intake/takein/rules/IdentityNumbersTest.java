package cn.onewindow.intake.takein.rules;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.StringLength;

class IdentityNumbersTest {
    @Test
    void residentIdNumbers() {
        assertThat(IdentityNumbers.isResidentId("11010519491231002X")).as("GB 11643 example").isTrue();
        assertThat(IdentityNumbers.isResidentId("110105194912310029")).as("wrong check digit").isFalse();
        assertThat(IdentityNumbers.isResidentId("11010519490231002X")).as("31 February").isFalse();
        assertThat(IdentityNumbers.isResidentId("11010519491231002x")).as("lower-case x").isFalse();
        assertThat(IdentityNumbers.isResidentId("110105491231002")).as("old 15-digit number").isFalse();
    }

    @Test
    void unifiedSocialCreditCodes() {
        assertThat(IdentityNumbers.isUnifiedSocialCreditCode("91350100M000100Y43")).isTrue();
        assertThat(IdentityNumbers.isUnifiedSocialCreditCode("91350100M000100Y44")).isFalse();
        assertThat(IdentityNumbers.isUnifiedSocialCreditCode("91350100M000100I43")).as("I is not in the alphabet").isFalse();
    }

    @Test
    void eachFaultIsToldApart() {
        assertThat(IdentityNumbers.residentIdFault("11010519491231002X")).isNull();
        assertThat(IdentityNumbers.residentIdFault("110105491231002")).isEqualTo(IdentityNumbers.Fault.LENGTH);
        assertThat(IdentityNumbers.residentIdFault(null)).isEqualTo(IdentityNumbers.Fault.LENGTH);
        assertThat(IdentityNumbers.residentIdFault("11010519491231002x")).isEqualTo(IdentityNumbers.Fault.CHARACTERS);
        assertThat(IdentityNumbers.residentIdFault("11010519490231002X")).isEqualTo(IdentityNumbers.Fault.BIRTH_DATE);
        assertThat(IdentityNumbers.residentIdFault("11010518800101002X")).as("born before 1890").isEqualTo(IdentityNumbers.Fault.BIRTH_DATE);
        assertThat(IdentityNumbers.residentIdFault("110105194912310029")).isEqualTo(IdentityNumbers.Fault.CHECK_DIGIT);
        assertThat(IdentityNumbers.creditCodeFault("91350100M000100Y43")).isNull();
        assertThat(IdentityNumbers.creditCodeFault("91350100M000100Y4")).isEqualTo(IdentityNumbers.Fault.LENGTH);
        assertThat(IdentityNumbers.creditCodeFault("91350100M000100I43")).isEqualTo(IdentityNumbers.Fault.CHARACTERS);
        assertThat(IdentityNumbers.creditCodeFault("91350100M000100Y44")).isEqualTo(IdentityNumbers.Fault.CHECK_DIGIT);
    }

    @Test
    void theMessageSaysWhatIsWrongInBothLanguages() {
        var check = IdentityMessages.residentId(IdentityNumbers.Fault.CHECK_DIGIT, "110105194912310029", "居民身份证号码",
                "The resident ID number");
        assertThat(check.zh()).contains("校验码不符").doesNotContain("位数").doesNotContain("出生日期");
        assertThat(check.en()).contains("check digit").doesNotContain("length").doesNotContain("birth");
        var length = IdentityMessages.residentId(IdentityNumbers.Fault.LENGTH, "110105491231002", "居民身份证号码",
                "The resident ID number");
        assertThat(length.zh()).contains("应为18位，现为15位").doesNotContain("校验码");
        assertThat(length.en()).contains("18 characters", "15").doesNotContain("check digit");
        var birth = IdentityMessages.residentId(IdentityNumbers.Fault.BIRTH_DATE, "11010519490231002X", "代办人居民身份证号码",
                "The agent's resident ID number");
        assertThat(birth.zh()).startsWith("代办人居民身份证号码").contains("出生日期").doesNotContain("校验码");
        assertThat(birth.en()).startsWith("The agent's").contains("birth date").doesNotContain("check digit");
        assertThat(IdentityMessages.creditCode(IdentityNumbers.Fault.CHECK_DIGIT, "91350100M000100Y44").zh()).contains("校验码不符");
        assertThat(IdentityMessages.creditCode(IdentityNumbers.Fault.LENGTH, "9135").en()).contains("18 characters", "4");
    }

    @Property
    void everySeventeenDigitsHaveExactlyOneValidCheck(@ForAll @StringLength(17) @CharRange(from = '0', to = '9') String first17) {
        String body = "110105" + "19900101" + first17.substring(14);
        char check = IdentityNumbers.residentIdCheck(body);
        assertThat(IdentityNumbers.isResidentId(body + check)).isTrue();
        for (char other : "0123456789X".toCharArray()) {
            if (other != check) {
                assertThat(IdentityNumbers.isResidentId(body + other)).isFalse();
            }
        }
    }
}
