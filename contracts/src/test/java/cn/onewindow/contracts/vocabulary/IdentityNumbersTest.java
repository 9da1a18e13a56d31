package cn.onewindow.contracts.vocabulary;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one check of the hall's identity numbers, shared by the window (intake) and every applicant's login (#23). */
class IdentityNumbersTest {
    @Test
    void residentIdNumbersAndCreditCodesAreCheckedByTheirCheckCharacter() {
        assertThat(IdentityNumbers.residentIdFault("11010519491231002X")).as("GB 11643's example").isNull();
        assertThat(IdentityNumbers.residentIdFault("110105194912310029")).isEqualTo(IdentityNumbers.Fault.CHECK_DIGIT);
        assertThat(IdentityNumbers.residentIdFault("11010519490231002X")).isEqualTo(IdentityNumbers.Fault.BIRTH_DATE);
        assertThat(IdentityNumbers.residentIdFault("11010519491231002x")).isEqualTo(IdentityNumbers.Fault.CHARACTERS);
        assertThat(IdentityNumbers.residentIdFault(null)).isEqualTo(IdentityNumbers.Fault.LENGTH);
        assertThat(IdentityNumbers.isUnifiedSocialCreditCode("91350100M000100Y43")).isTrue();
        assertThat(IdentityNumbers.creditCodeFault("91350100M000100Y44")).isEqualTo(IdentityNumbers.Fault.CHECK_DIGIT);
        assertThat(IdentityNumbers.creditCodeFault("91350100M000100I43")).isEqualTo(IdentityNumbers.Fault.CHARACTERS);
        String first17 = "13102519880315004";
        assertThat(IdentityNumbers.isResidentId(first17 + IdentityNumbers.residentIdCheck(first17))).isTrue();
    }
}
