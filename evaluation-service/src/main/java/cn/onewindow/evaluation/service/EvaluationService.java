package cn.onewindow.evaluation.service;

import java.time.Clock;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.contracts.events.RatingRecorded;
import cn.onewindow.contracts.events.ResultDelivered;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.evaluation.model.EvaluationCase;
import cn.onewindow.evaluation.model.Rating;
import cn.onewindow.evaluation.model.RectificationOrder;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * 好差评: opens delivered cases for rating (the applicant is sent the rating link at once), records
 * ratings, opens work orders for bad ones.
 */
@ApplicationScoped
public class EvaluationService {
    /** Levels below 满意 (4) need a reason; 不满意 (2) and below open a rectification order. */
    static final int SATISFIED = 4;
    static final int DISSATISFIED = 2;

    private final Outbox outbox;
    private final Clock clock;
    private final CalendarHolder calendars;
    private final RatingTokens tokens;
    private final RatingLinks links;
    private final int rectificationDays;

    public EvaluationService(Outbox outbox, Clock clock, CalendarHolder calendars, RatingTokens tokens, RatingLinks links,
                             @ConfigProperty(name = "onewindow.rectification.working-days") int rectificationDays) {
        this.outbox = outbox;
        this.clock = clock;
        this.calendars = calendars;
        this.tokens = tokens;
        this.links = links;
        this.rectificationDays = rectificationDays;
    }

    /**
     * Runs inside the inbox transaction of the delivery event: the case opens for rating and its applicant
     * is sent the rating link in the same transaction — the link's one way out (#20: no staff API hands
     * rating tokens out any more; the window's device had them from the issuance clerk's screen).
     */
    public Uni<Void> openForRating(ResultDelivered delivered) {
        var c = new EvaluationCase();
        c.caseId = delivered.caseId();
        c.departmentCode = delivered.departmentCode();
        c.deliveredAt = delivered.deliveredAt();
        return c.persist().call(() -> links.send(c.caseId, c.deliveredAt, clock.instant())).replaceWithVoid();
    }

    @WithTransaction
    public Uni<Rating> rate(RatingCommand request) {
        var channel = tokens.channelOf(request.caseId(), request.stage(), request.token());
        if (channel.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.forbidden("invalid-rating-token",
                    "评价凭证无效或不属于该办件", "The rating token is not valid for this case and stage"));
        }
        if (request.level() < SATISFIED && (request.reason() == null || request.reason().isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalid("reason-required",
                    "评价低于“满意”时请说明原因", "A rating below satisfied needs a reason"));
        }
        return EvaluationCase.<EvaluationCase>findById(request.caseId())
                .onItem().ifNull().failWith(() -> new ProblemException(409, "not-open-for-rating",
                        "该办件尚未送达结果，暂不能评价", "Case not yet delivered, so not open for rating"))
                .flatMap(c -> Rating.<Rating>findById(key(request.caseId(), request.stage()))
                        .flatMap(existing -> existing != null
                                ? Uni.createFrom().failure(ProblemException.conflict("already-rated",
                                "该办件此环节已评价，每个环节只能评价一次", "This stage of the case was already rated"))
                                : record(c, request, channel.get())));
    }

    /** {@code channel}: where the rating came from, as its token says — never what the request names. */
    private Uni<Rating> record(EvaluationCase c, RatingCommand request, String channel) {
        var now = clock.instant();
        var r = new Rating();
        r.caseId = c.caseId;
        r.stage = request.stage();
        r.level = request.level();
        r.channel = channel;
        r.reason = request.reason();
        r.ratedAt = now;
        var event = new RatingRecorded(c.caseId, c.departmentCode, r.stage, r.level, r.channel, r.reason, now);
        return r.<Rating>persist().call(() -> r.level <= DISSATISFIED ? openRectification(r, c.departmentCode) : Uni.createFrom().voidItem())
                .call(() -> outbox.publish(event));
    }

    private Uni<Void> openRectification(Rating r, String department) {
        var o = new RectificationOrder();
        o.departmentCode = department;
        o.caseId = r.caseId;
        o.stage = r.stage;
        o.status = "OPEN";
        o.openedAt = r.ratedAt;
        o.deadline = calendars.calendar().deadline(r.ratedAt, rectificationDays);
        o.level = r.level;
        return o.persist().replaceWithVoid();
    }

    @WithSession
    public Uni<List<Rating>> ratings(String caseId) {
        return Rating.find("caseId = ?1 order by stage", caseId).list();
    }

    private static Rating.Key key(String caseId, String stage) {
        return new Rating.Key(caseId, stage);
    }
}
