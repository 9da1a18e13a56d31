package cn.onewindow.intake.signoff.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.SignOffDecided;
import cn.onewindow.contracts.events.SignOffRequested;
import cn.onewindow.contracts.events.WindowNoticeIssued;
import cn.onewindow.intake.signoff.model.SignOff;
import cn.onewindow.intake.signoff.rules.SignOffRules;
import cn.onewindow.intake.takein.model.IntakeNotice;
import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.intake.takein.service.CaseNumbers;
import cn.onewindow.intake.takein.service.TakeInResult;
import cn.onewindow.platform.hall.HallDirectory;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.platform.time.CalendarHolder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * 窗口无否决权: the window's return, out-of-scope answer or 容缺 refusal is not given at the window. The take-in records
 * it here as PENDING ({@link #request}, in the take-in's own transaction; the applicant is told the file is under
 * review), and the mid desk or the chief representative of the hall decides it ({@link #decide}): CONFIRM issues the
 * notice the window would have issued — the same notice, numbered in the hall's notice series, in the window's name —
 * and OVERRULE lets the clerk take the same file in (Overrules). Both acts are events (trailed, with the actor).
 */
@ApplicationScoped
public class SignOffs {
    private final Outbox outbox;
    private final Clock clock;
    private final CalendarHolder calendars;
    private final HallDirectory halls;
    private final SignOffSettings settings;
    private final ObjectMapper json;
    private final CaseNumbers numbers;

    public SignOffs(Outbox outbox, Clock clock, CalendarHolder calendars, HallDirectory halls, SignOffSettings settings,
                    ObjectMapper json, CaseNumbers numbers) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendars = calendars;
        this.halls = halls;
        this.settings = settings;
        this.json = json;
        this.numbers = numbers;
    }

    /**
     * What the window would refuse, as the take-in found it. {@code noticeKind}/{@code noticeContent}: the notice a
     * CONFIRM issues (RETURN_NOTICE with the written reasons, or ONE_TIME_NOTICE with everything missing and why 容缺
     * was refused); {@code problems}: what was wrong, for the overrule's check; {@code acting}: the clerk under the
     * window's delegation, in whose name the notice is issued.
     */
    public record Refusal(String kind, String hall, String noticeKind, Object noticeContent, String reasons,
                          List<MaterialCheck.Problem> problems, TakeInResult.DeferralRefused deferralRefused,
                          List<String> itemCodes, List<String> departments, String itemCode, int catalogueVersion,
                          String items, String applicantKind, String applicantName, String applicantId, UUID delegationId,
                          String parcelId, Actor clerk, Actor acting, Instant at) {
    }

    /** Records the refusal as PENDING (inside the caller's transaction) and announces it; nothing is refused yet. */
    public Uni<TakeInResult.SignOffPending> request(Refusal r) {
        var s = new SignOff();
        s.id = UUID.randomUUID();
        s.kind = r.kind();
        s.status = SignOff.PENDING;
        s.hallCode = r.hall();
        s.items = r.items();
        s.itemCodes = SignOffRules.itemCodes(r.itemCodes());
        s.itemCode = r.itemCode();
        s.catalogueVersion = r.catalogueVersion();
        s.departments = String.join(",", r.departments().stream().distinct().toList());
        s.applicantKind = r.applicantKind();
        s.applicantName = r.applicantName();
        s.applicantId = r.applicantId();
        s.reasons = r.reasons();
        s.problems = write(SignOffRules.keys(r.problems()));
        s.noticeKind = r.noticeKind();
        s.noticeContent = write(r.noticeContent());
        s.delegationId = r.delegationId();
        s.parcelId = r.parcelId() == null ? null : UUID.fromString(r.parcelId());
        s.requestedById = r.clerk().userId();
        s.requestedByName = r.clerk().name();
        s.requestedByPost = r.clerk().post();
        s.acting = write(r.acting());
        s.requestedAt = r.at();
        // the hall's own hours: a station that opens at 8:30 counts from 8:30 (HallDirectory; the default hours until read)
        s.dueAt = SignOffRules.dueAt(calendars.calendar(), halls.hours(r.hall()), r.at(), settings.minutes());
        var event = new SignOffRequested(s.id.toString(), s.kind, s.hallCode, s.itemCode, s.applicantName, s.reasons,
                s.requestedAt, s.dueAt, r.clerk());
        return s.<SignOff>persist().call(() -> outbox.publish(event))
                .map(saved -> new TakeInResult.SignOffPending(s.id.toString(), s.kind, s.dueAt, r.problems(), r.deferralRefused()));
    }

    /** A sign-off and the office minutes left until it is due (negative: overdue) at this instant. */
    public record Listed(SignOff signOff, long minutesLeft) {
    }

    /**
     * The hall's sign-offs in {@code status} (PENDING: the desk's work, the oldest due first). A chief representative
     * sees only files of their department.
     */
    @WithSession
    public Uni<List<Listed>> list(String status, SignOffRules.Signer signer) {
        return SignOff.<SignOff>find("hallCode = ?1 and status = ?2 order by dueAt, requestedAt", signer.hall(), status)
                .page(0, 200).list()
                .map(rows -> rows.stream().filter(s -> !Posts.CHIEF_REPRESENTATIVE.equals(signer.actor().post())
                                || Arrays.asList(s.departments.split(",")).contains(signer.department()))
                        .map(this::listed).toList());
    }

    /** One sign-off of the caller's hall (the window follows its own request: pending, or decided and how). */
    @WithSession
    public Uni<Listed> find(UUID id, String hall) {
        return SignOff.<SignOff>findById(id).map(s -> {
            if (s == null || !s.hallCode.equals(hall)) {
                throw ProblemException.notFound("待审核事项 sign-off", id.toString()); // another hall's: as if none
            }
            return listed(s);
        });
    }

    private Listed listed(SignOff s) {
        Instant until = s.decidedAt != null ? s.decidedAt : clock.instant();
        return new Listed(s, SignOffRules.minutesLeft(calendars.calendar(), halls.hours(s.hallCode), until, s.dueAt));
    }

    /**
     * The mid desk's or the chief representative's decision, once. CONFIRM issues the notice the window would have
     * issued (and returns a parcel it concerned); OVERRULE leaves the file to be taken in. Late decisions are taken and
     * flagged. The row is locked: two signers at once decide once, the second is told it was decided.
     */
    @WithTransaction
    public Uni<SignOff> decide(UUID id, String decision, String reasons, SignOffRules.Signer signer) {
        return SignOff.<SignOff>findById(id, LockModeType.PESSIMISTIC_WRITE).flatMap(s -> {
            if (s == null) {
                return Uni.createFrom().failure(ProblemException.notFound("待审核事项 sign-off", id.toString()));
            }
            var refused = SignOffRules.mayDecide(s, signer);
            if (refused != null) {
                return Uni.createFrom().failure(refused);
            }
            Instant now = clock.instant();
            boolean confirm = SignOffRules.CONFIRM.equals(decision);
            s.status = confirm ? SignOff.CONFIRMED : SignOff.OVERRULED;
            s.decisionReasons = reasons;
            s.decidedById = signer.actor().userId();
            s.decidedByName = signer.actor().name();
            s.decidedByPost = signer.actor().post();
            s.decidedAt = now;
            s.decidedLate = SignOffRules.late(s.dueAt, now);
            Uni<String> notice = confirm ? issueNotice(s, now) : Uni.createFrom().nullItem();
            return notice.flatMap(number -> {
                s.noticeNumber = number;
                return outbox.publish(new SignOffDecided(s.id.toString(), s.kind, s.status, number, reasons, now,
                        s.decidedLate, signer.actor())).replaceWith(s);
            });
        });
    }

    /**
     * The notice as the window would have issued it at the take-in (TakeInService's notice path): numbered in the hall's
     * notice series, the clerk's name and delegation on it, the content the window wrote — issued now, on the sign-off.
     */
    private Uni<String> issueNotice(SignOff s, Instant now) {
        Actor acting = read(s.acting, new TypeReference<>() { });
        Object content = read(s.noticeContent, new TypeReference<Object>() { });
        return numbers.next(s.hallCode + "-N", LocalDate.ofInstant(now, clock.getZone())).flatMap(number -> {
            var n = new IntakeNotice();
            n.noticeNumber = number;
            n.kind = s.noticeKind;
            n.itemCode = s.itemCode;
            n.catalogueVersion = s.catalogueVersion;
            n.items = s.items;
            n.applicantName = s.applicantName;
            n.content = s.noticeContent;
            n.clerkId = s.requestedById;
            n.clerkName = s.requestedByName;
            n.delegationId = s.delegationId;
            n.issuedAt = now;
            var event = new WindowNoticeIssued(number, n.kind, n.itemCode, n.catalogueVersion, n.items, n.applicantName,
                    content, now, acting);
            Uni<Integer> parcel = s.parcelId == null ? Uni.createFrom().item(0)
                    // 快递寄送材料: the parcel goes back with the notice, as the window's return did before sign-offs
                    : SessionSql.update("update parcel set status = 'RETURNED', notice_number = $1, return_reason = $2, "
                            + "returned_at = $3 where id = $4 and status = 'REGISTERED'", number,
                            ("RETURN_NOTICE".equals(s.noticeKind) ? "不予受理：" : "一次性告知（容缺受理未获准许）：") + s.reasons, now,
                            s.parcelId);
            return n.<IntakeNotice>persist().call(() -> outbox.publish(event)).call(() -> parcel).replaceWith(number);
        });
    }

    /** The problem keys a sign-off saw. */
    public List<String> problems(SignOff s) {
        return read(s.problems, new TypeReference<List<String>>() { });
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("sign-off data unreadable", e);
        }
    }
}
