package cn.onewindow.intake.helpdesk.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;

import cn.onewindow.contracts.Actor;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.helpdesk.model.HelpRequest;
import cn.onewindow.intake.helpdesk.rules.HelpAnswerRules;
import cn.onewindow.intake.helpdesk.rules.HelpFigures;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Posts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * The help desk (帮办代办): requests come in from a window, a self-service terminal or the phone; the hall's helper answers
 * each once — resolved on first contact, taken in on the applicant's behalf (ASSISTED, AssistedTakeIn) or referred —
 * and the day's figures say how many were answered within the hall's limit.
 */
@ApplicationScoped
public class HelpDeskService {
    private final Clock clock;
    private final HelpAnswerLimit limits;

    public HelpDeskService(Clock clock, HelpAnswerLimit limits) {
        this.clock = clock;
        this.limits = limits;
    }

    /** What a request says: channel, hall, the item asked about, who asks and the question. */
    public record NewRequest(String channel, String hallCode, String itemCode, String applicantName, String phone,
                             String question) {
    }

    /**
     * Notes a request ({@code by}: the staff member; null for the self-service terminal). An unknown hall or an item not
     * in force is refused (422) and nothing is written.
     */
    @WithTransaction
    public Uni<HelpRequest> create(NewRequest request, Actor by) {
        if (!limits.known(request.hallCode())) {
            return Uni.createFrom().failure(new ProblemException(422, "unknown-hall",
                    "没有这个大厅：" + request.hallCode(), "No hall with code " + request.hallCode()));
        }
        Instant now = clock.instant();
        Uni<Void> item = request.itemCode() == null ? Uni.createFrom().voidItem()
                : CatalogueItem.inForce(request.itemCode(), now).invoke(i -> {
                    if (i == null || i.cancelled()) {
                        throw new ProblemException(422, "unknown-item", "事项清单中没有现行有效的事项：" + request.itemCode(),
                                "No catalogue item in force with code " + request.itemCode());
                    }
                }).replaceWithVoid();
        return item.flatMap(v -> {
            var h = new HelpRequest();
            h.id = UUID.randomUUID();
            h.hallCode = request.hallCode();
            h.channel = request.channel();
            h.itemCode = request.itemCode();
            h.applicantName = blankToNull(request.applicantName());
            h.phone = blankToNull(request.phone());
            h.question = request.question().strip();
            h.createdAt = now;
            h.createdBy = by == null ? null : by.userId();
            h.answerLimitSeconds = limits.seconds(request.hallCode());
            return h.persist();
        });
    }

    /** One hall's requests, newest first: OPEN (not answered), ANSWERED, or ALL; at most the last 200. */
    @WithSession
    public Uni<List<HelpRequest>> list(String hallCode, String status) {
        String where = switch (status) {
            case "OPEN" -> " and answeredAt is null";
            case "ANSWERED" -> " and answeredAt is not null";
            default -> "";
        };
        return HelpRequest.<HelpRequest>find("hallCode = ?1" + where + " order by createdAt desc", hallCode)
                .page(0, 200).list();
    }

    /**
     * The helper's one answer. Only the helper post answers (403 not-helper: the window and the mid desk note requests,
     * they do not answer them), only at the helper's own hall (403 other-hall), and only once (409 already-answered);
     * whether it came in time is decided now, by the service's clock, against the limit the request came in with.
     */
    @WithTransaction
    public Uni<HelpRequest> answer(UUID id, String resolution, String note, Actor helper, String helperHall) {
        if (!Posts.HELPER.equals(helper.post())) {
            return Uni.createFrom().failure(notHelper());
        }
        Instant now = clock.instant();
        // the row locked: two helpers answering at once answer once — the second waits, then sees the first's answer (409)
        return HelpRequest.<HelpRequest>findById(id, LockModeType.PESSIMISTIC_WRITE)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("帮办请求 help request", id.toString()))
                .invoke(h -> {
                    if (!h.hallCode.equals(helperHall)) {
                        throw ProblemException.forbidden("other-hall", "该请求属于其他大厅（" + h.hallCode + "），不能在本大厅答复",
                                "The request belongs to another hall (" + h.hallCode + ")");
                    }
                    if (h.answered()) {
                        throw ProblemException.conflict("already-answered", "该请求已答复（" + h.resolution + "），不能再次答复",
                                "The request was already answered (" + h.resolution + ")");
                    }
                    h.answeredAt = now;
                    h.answeredBy = helper.userId();
                    h.answeredByName = helper.name();
                    h.resolution = resolution;
                    h.note = blankToNull(note);
                    h.inTime = HelpAnswerRules.inTime(h.createdAt, now, h.answerLimitSeconds);
                });
    }

    /** One hall's figures for one day of the hall's zone (the requests that came in that day). */
    @WithSession
    public Uni<HelpFigures> figures(String hallCode, LocalDate day) {
        ZoneId zone = clock.getZone();
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return HelpRequest.<HelpRequest>list("hallCode = ?1 and createdAt >= ?2 and createdAt < ?3", hallCode, from, to)
                .map(rows -> HelpFigures.of(day, hallCode, rows.stream().map(h -> new HelpFigures.Row(h.createdAt,
                        h.answerLimitSeconds, h.answeredAt, h.inTime, h.resolution)).toList(), clock.instant()));
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public Instant now() {
        return clock.instant();
    }

    /** 403 not-helper: the post does not hold the helper post (帮办代办岗). */
    public static ProblemException notHelper() {
        return ProblemException.forbidden("not-helper", "只有帮办代办岗可以答复帮办请求",
                "Only the helper post (帮办代办岗) answers help requests");
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
