package cn.onewindow.issuance.service;

import java.time.Clock;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.events.SupplementRequested;
import cn.onewindow.issuance.notify.NotificationSettings;
import cn.onewindow.platform.persistence.SessionSql;
import io.smallrye.mutiny.Uni;

/**
 * 快递寄送材料: the applicant of a postal application is not in the hall, so what the window would hand over reaches
 * them as a notice on the hall's channel (SMS or e-mail) instead. Today that is the back office's supplement request
 * (补正告知): for a postal case (intake's contact record says channel POST) the applicant is told what to send, once per
 * request (its kind names the request's instant). The result notice needs nothing more: a postal case's result is sent
 * by express mail, and its notice says so ({@link IssuanceService}). An applicant who came to the window is told at the
 * window, as before.
 */
@ApplicationScoped
public class PostalNotices {
    /** One notice per supplement request of a case. */
    public static final String SUPPLEMENT = "SUPPLEMENT_NOTICE:";
    private final Clock clock;
    private final String channel;
    private final NoticesAwaitingContact waiting;

    public PostalNotices(Clock clock, NotificationSettings notifications, NoticesAwaitingContact waiting) {
        this.clock = clock;
        this.channel = notifications.channel();
        this.waiting = waiting;
    }

    /** Inside the inbox transaction of the approval event. */
    public Uni<Void> supplementRequested(SupplementRequested request) {
        // the contact's own transaction may be writing it now: lock first, then read (NoticesAwaitingContact.lock)
        return NoticesAwaitingContact.lock(request.caseId())
                .flatMap(l -> SessionSql.select("select channel from applicant_contact where case_id = $1", request.caseId()))
                .flatMap(rows -> {
                    if (!rows.isEmpty() && !"POST".equals(rows.get(0)[0])) {
                        return Uni.createFrom().voidItem(); // at the window: the window hands the notice over
                    }
                    // a postal applicant, or one whose contact is not here yet (it decides: NoticesAwaitingContact)
                    return waiting.queue(request.caseId(), SUPPLEMENT + request.requestedAt(), channel, body(request),
                            clock.instant(), !rows.isEmpty());
                });
    }

    static String body(SupplementRequested r) {
        String materials = r.materials().stream()
                .map(m -> m.name() + (m.problem() == null || m.problem().isBlank() ? "" : "（" + m.problem().strip() + "）"))
                .collect(Collectors.joining("、"));
        return "补正告知：您邮寄申请的办件" + r.caseId() + "需补正以下材料：" + materials + "。"
                + (r.reason() == null || r.reason().isBlank() ? "" : "原因：" + r.reason().strip() + "。")
                + "请将补正材料寄回政务服务中心（注明办件编号），补正期间不计入办理时限。";
    }
}
