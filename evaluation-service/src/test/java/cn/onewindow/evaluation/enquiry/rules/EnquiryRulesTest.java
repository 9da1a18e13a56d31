package cn.onewindow.evaluation.enquiry.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import cn.onewindow.platform.problem.ProblemException;

/** The pure rules of enquiries, FAQ proposals and return visits. */
class EnquiryRulesTest {
    @Test
    void theShareOfDeliveredCasesVisitedIsRoundedUpAtLeastOneAndNeverMoreThanDelivered() {
        assertThat(VisitShare.tasks(0, 10)).isZero();
        assertThat(VisitShare.tasks(1, 10)).isEqualTo(1);
        assertThat(VisitShare.tasks(10, 10)).isEqualTo(1);
        assertThat(VisitShare.tasks(11, 10)).isEqualTo(2);
        assertThat(VisitShare.tasks(200, 10)).isEqualTo(20);
        assertThat(VisitShare.tasks(3, 100)).isEqualTo(3);
        assertThatThrownBy(() -> VisitShare.tasks(5, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> VisitShare.tasks(5, 101)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void coverageIsVisitedOfDueAndNoFigureWhenNothingWasDue() {
        assertThat(VisitShare.coverage(1, 3)).isEqualTo(33.3);
        assertThat(VisitShare.coverage(2, 2)).isEqualTo(100.0);
        assertThat(VisitShare.coverage(0, 0)).isNull();
    }

    @Test
    void aVisitThatReachedThePersonCarriesTheirRatingAndOneThatDidNotCarriesNone() {
        VisitOutcome.check(true, 4, false);
        VisitOutcome.check(false, null, false);
        assertThat(code(() -> VisitOutcome.check(true, null, false))).isEqualTo("satisfaction-required");
        assertThat(code(() -> VisitOutcome.check(false, 2, false))).isEqualTo("satisfaction-without-contact");
        assertThat(code(() -> VisitOutcome.check(false, null, true))).isEqualTo("already-visited");
    }

    @Test
    void anFaqEntryMayNotCopyTheEnquiryOrTheAnswerUnchanged() {
        String q = "个体户变更经营范围要带什么材料？";
        String a = "需带营业执照正本和变更申请书。";
        FaqWording.requireEdited(q, a, "变更经营范围需要哪些材料？", "营业执照正本、变更登记申请书。");
        assertThat(code(() -> FaqWording.requireEdited(q, a, " 个体户变更经营范围，要带什么材料 ", "营业执照正本。"))).isEqualTo("faq-not-edited");
        assertThat(code(() -> FaqWording.requireEdited(q, a, "变更经营范围需要哪些材料？", "需带营业执照正本和变更申请书"))).isEqualTo("faq-not-edited");
    }

    @Test
    void anEnquiryNumberNamesItsDayAndSequence() {
        assertThat(EnquiryNumbers.of(LocalDate.of(2026, 6, 15), 123)).isEqualTo("ZX-20260615-000123");
    }

    @Test
    void aMonthIsReadOrRefusedInBothLanguages() {
        assertThat(Months.parse(" 2026-06 ").toString()).isEqualTo("2026-06");
        assertThat(code(() -> Months.parse("2026/6"))).isEqualTo("invalid-month");
        assertThat(code(() -> Months.parse(null))).isEqualTo("invalid-month");
    }

    static String code(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            return e.code();
        }
        return null;
    }
}
