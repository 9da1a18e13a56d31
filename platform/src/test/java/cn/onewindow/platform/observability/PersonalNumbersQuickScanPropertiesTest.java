package cn.onewindow.platform.observability;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The quick scan before the patterns ({@link PersonalNumbers#mayContain}) may let a text through that holds no personal
 * number, never the other way round: where any pattern finds one, it says "may contain". Texts are drawn from the
 * characters the patterns turn on — digits, the dash, the space, the plus, X and letters — so numbers, near-numbers and
 * their edges come up often.
 */
class PersonalNumbersQuickScanPropertiesTest {

    @Property(tries = 20_000)
    void neverMissesWhatThePatternsFind(@ForAll("texts") String text) {
        boolean patterns = PersonalNumbers.ID_CARD.matcher(text).find() || PersonalNumbers.MOBILE.matcher(text).find()
                || PersonalNumbers.LANDLINE.matcher(text).find();
        if (patterns) {
            assertThat(PersonalNumbers.mayContain(text)).as(text).isTrue();
        }
        assertThat(PersonalNumbers.contains(text)).as(text).isEqualTo(patterns);
    }

    @Property(tries = 5_000)
    void findsEveryNumberPutInsideAnyText(@ForAll("texts") String before, @ForAll("numbers") String number,
                                          @ForAll("texts") String after) {
        String text = before + " " + number + " " + after;
        assertThat(PersonalNumbers.mayContain(text)).as(text).isTrue();
        assertThat(PersonalNumbers.contains(text)).as(text).isTrue();
    }

    @Example
    void aLogLineWithACaseNumberIsPassedWithoutThePatterns() {
        assertThat(PersonalNumbers.mayContain("case DX-20261201-000042: CaseTakenIn (event 8e1030fe-4a1b-4c2d-9e3f-1381234)"))
                .isFalse();
        assertThat(PersonalNumbers.mayContain("座机 010-87654321")).isTrue();
        assertThat(PersonalNumbers.mayContain("座机 0755-8765432")).isTrue();
        assertThat(PersonalNumbers.mayContain("room 110-87654321")).isFalse();
    }

    @Provide
    Arbitrary<String> texts() {
        return Arbitraries.strings().withChars("0123456789012345678901234567890123456789-- +XxAb").ofMaxLength(40);
    }

    @Provide
    Arbitrary<String> numbers() {
        var digits = Arbitraries.strings().numeric();
        var mobile = digits.ofLength(9).map(d -> "13" + d);
        var mobileWithCode = mobile.map(m -> "+86 " + m);
        var landline = Arbitraries.of("010", "021", "0755", "0591").flatMap(area -> digits.ofMinLength(7).ofMaxLength(8)
                .map(n -> area + "-" + n));
        var idCard = digits.ofLength(3).map(d -> "110105" + "1990" + "0101" + d + "X");
        var oldIdCard = digits.ofLength(3).map(d -> "110105" + "90" + "0101" + d);
        return Arbitraries.oneOf(mobile, mobileWithCode, landline, idCard, oldIdCard);
    }
}
