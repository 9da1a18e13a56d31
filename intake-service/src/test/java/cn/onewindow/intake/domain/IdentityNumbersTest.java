package cn.onewindow.intake.domain;

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
