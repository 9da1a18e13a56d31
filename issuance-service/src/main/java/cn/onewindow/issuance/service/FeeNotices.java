package cn.onewindow.issuance.service;

import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.events.FeeAssessed;
import cn.onewindow.issuance.notify.NotificationSettings;
import cn.onewindow.platform.persistence.SessionSql;
import io.smallrye.mutiny.Uni;

/**
 * 缴费通知: the department set a fee; the applicant is told the amount, what it is for, how to pay and by when, on the
 * hall's notice channel (SMS or e-mail), through the notification outbox like every notice. One notice per fee: its kind
 * names the fee step, and the outbox allows one notice of a kind per case, so a redelivered event adds nothing. A notice
 * read before the applicant's contact waits for it ({@link NoticesAwaitingContact}); a case whose applicant left no phone
 * or e-mail is sent none (a notice that could only fail would sit in the failed list for nothing).
 */
@ApplicationScoped
public class FeeNotices {
    /** The notice's kind: one per fee step (the outbox's unique (case, kind)). */
    public static final String KIND = "FEE_NOTICE:";
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy年M月d日");

    private final Clock clock;
    private final String channel;
    private final NoticesAwaitingContact waiting;

    public FeeNotices(Clock clock, NotificationSettings notifications, NoticesAwaitingContact waiting) {
        this.clock = clock;
        this.channel = notifications.channel();
        this.waiting = waiting;
    }

    /** Inside the inbox transaction of the fee event. */
    public Uni<Void> assessed(FeeAssessed fee) {
        // plain SQL on the transaction's connection (SessionSql): a statement or two, and a repeat's conflict does nothing
        // the contact's own transaction may be writing it now: lock first, then read (NoticesAwaitingContact.lock)
        return NoticesAwaitingContact.lock(fee.caseId())
                .flatMap(l -> SessionSql.select("select 1 from applicant_contact where case_id = $1 "
                        + "and (phone is not null or email is not null)", fee.caseId()))
                .flatMap(rows -> waiting.queue(fee.caseId(), KIND + fee.stepId(), channel, body(fee, clock.getZone()), clock.instant(),
                        !rows.isEmpty()));
    }

    /** What the applicant reads: amount in yuan, its basis, how to pay, the date, and that the limit waits meanwhile. */
    static String body(FeeAssessed fee, ZoneId zone) {
        String yuan = java.math.BigDecimal.valueOf(fee.amountCents(), 2).toPlainString();
        return "缴费通知：您的办件" + fee.caseId() + "需缴纳费用" + yuan + "元"
                + (fee.basis() == null || fee.basis().isBlank() ? "" : "（" + fee.basis().strip() + "）") + "。"
                + (fee.howToPay() == null ? "" : "缴费方式：" + fee.howToPay().strip())
                + (fee.dueAt() == null ? "" : "请于" + DAY.format(fee.dueAt().atZone(zone)) + "前缴纳。")
                + "缴费期间不计入办理时限，缴款确认后继续办理。";
    }
}
