package cn.onewindow.evaluation.enquiry.rules;

import cn.onewindow.platform.problem.ProblemException;

/**
 * An FAQ entry is written for everyone: the enquirer's question and the department's answer were written for one
 * person (names, their case, their phone), so a proposal copying either unchanged is refused — the desk edits both.
 * Compared without spaces and punctuation, so an added full stop is no edit.
 */
public final class FaqWording {
    private FaqWording() {
    }

    public static void requireEdited(String enquiryQuestion, String departmentAnswer, String question, String answer) {
        if (same(enquiryQuestion, question) || same(departmentAnswer, answer)) {
            throw new ProblemException(422, "faq-not-edited",
                    "常见问题须改写为通用表述：问题和答复均不能原样照搬来电人的提问或部门的答复",
                    "Write the FAQ entry for everyone: neither the question nor the answer may be the enquiry's or the department's text unchanged");
        }
    }

    static boolean same(String a, String b) {
        return a != null && b != null && fold(a).equals(fold(b));
    }

    static String fold(String s) {
        return s.replaceAll("[\\s\\p{P}\\p{S}]", "");
    }
}
