package cn.onewindow.evaluation.enquiry.rules;

import java.time.LocalDate;

/** An enquiry's number (咨询工单号) as the desk reads it out on the phone: {@code ZX-20260615-000123} (day received, sequence). */
public final class EnquiryNumbers {
    private EnquiryNumbers() {
    }

    public static String of(LocalDate received, long sequence) {
        return "ZX-" + received.toString().replace("-", "") + "-" + String.format("%06d", sequence);
    }
}
