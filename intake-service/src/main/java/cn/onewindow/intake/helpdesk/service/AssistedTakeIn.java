package cn.onewindow.intake.helpdesk.service;

import java.time.Instant;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.CaseTakenIn;
import cn.onewindow.intake.helpdesk.model.HelpRequest;
import cn.onewindow.intake.helpdesk.rules.HelpAnswerRules;
import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Posts;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;

/**
 * 代办: the helper takes a file in on the applicant's behalf, through the window's take-in ({@code POST /api/cases}),
 * for an ASSISTED help request of the helper's hall. The take-in is recorded as such: the case's CaseTakenIn names the
 * request ({@code helpRequestId}, the helper its actor) and the request the case. Three steps, each called by the
 * take-in at its own point:
 * <ol>
 * <li>{@link #check} before the take-in's transaction: the helper names a request (422 help-request-required), nobody
 * else does (422 help-request-helper-only); the request exists, is of the helper's hall, was answered ASSISTED (422
 * each);</li>
 * <li>{@link #stillOpen} inside it: the request's row is locked and read again, so two take-ins for one request
 * cannot both pass (the second sees the first's case: 422 help-request-used);</li>
 * <li>{@link #record} with the case's writes: the request gets the case, the event the request.</li>
 * </ol>
 * A take-in that ends in a notice (nothing taken in) writes nothing here: the request stays open for the next try.
 */
@ApplicationScoped
public class AssistedTakeIn {
    private static final String USED = "update help_request set case_id = coalesce(case_id, $1), "
            + "case_taken_at = coalesce(case_taken_at, $2) where id = $3";

    /**
     * @param hall the helper's hall, read only when a request is named ({@code CurrentActor::hall}: 403 no-hall when
     *             the token names none)
     */
    public Uni<Void> check(String helpRequestId, String parcelId, Actor actor, Supplier<String> hall) {
        boolean helper = Posts.HELPER.equals(actor.post());
        if (!helper) {
            return helpRequestId == null ? Uni.createFrom().voidItem()
                    : Uni.createFrom().failure(new ProblemException(422, "help-request-helper-only",
                    "只有帮办代办岗的代办受理可以关联帮办请求（helpRequestId）",
                    "Only the helper's assisted take-in names a help request (helpRequestId)"));
        }
        if (helpRequestId == null) {
            return Uni.createFrom().failure(new ProblemException(422, "help-request-required",
                    "帮办代办岗代办受理须关联一条“代办”答复的帮办请求（helpRequestId）",
                    "The helper takes a file in only for a help request answered ASSISTED (helpRequestId)"));
        }
        if (parcelId != null) {
            return Uni.createFrom().failure(new ProblemException(422, "assisted-at-window-only",
                    "代办受理在窗口当面办理，不能来自快递寄送的材料", "An assisted take-in is made in the hall, not from a parcel"));
        }
        String helperHall = hall.get();
        // a session only here: a window's take-in (no request named) costs nothing more than before
        return Panache.withSession(() -> HelpRequest.<HelpRequest>findById(UUID.fromString(helpRequestId))).invoke(h -> {
            if (h == null) {
                throw new ProblemException(422, "unknown-help-request", "没有这条帮办请求：" + helpRequestId,
                        "No help request " + helpRequestId);
            }
            if (!h.hallCode.equals(helperHall)) {
                throw new ProblemException(422, "help-request-other-hall", "该帮办请求属于其他大厅（" + h.hallCode + "）",
                        "The help request belongs to another hall (" + h.hallCode + ")");
            }
            if (!HelpAnswerRules.ASSISTED.equals(h.resolution)) {
                throw new ProblemException(422, "help-request-not-assisted",
                        "该帮办请求未以“代办”答复，不能据此代办受理", "The help request was not answered ASSISTED");
            }
            // a request used already is refused inside the take-in (stillOpen), not here: this check runs before the
            // Idempotency-Key is looked up, and a repeat of the submission that used it gets its first answer again
        }).replaceWithVoid();
    }

    /** Inside the take-in's transaction: locks the request's row and refuses it when a case was taken in for it since. */
    public static Uni<Void> stillOpen(String helpRequestId) {
        if (helpRequestId == null) {
            return Uni.createFrom().voidItem();
        }
        return SessionSql.select("select case_id from help_request where id = $1 for update", UUID.fromString(helpRequestId))
                .invoke(rows -> {
                    if (!rows.isEmpty() && rows.get(0)[0] != null) {
                        throw used((String) rows.get(0)[0]);
                    }
                }).replaceWithVoid();
    }

    /**
     * The case's event as the assisted take-in's (its {@code helpRequestId}), and the request's case added to the
     * take-in's writes; the event as it is when no request is named. A bundle's cases all name the request; the request
     * keeps the first.
     */
    public static CaseTakenIn record(Pipeline writes, CaseTakenIn e, String helpRequestId, Instant now) {
        if (helpRequestId == null) {
            return e;
        }
        writes.add(USED, e.caseId(), now, UUID.fromString(helpRequestId));
        return new CaseTakenIn(e.caseId(), e.itemCode(), e.itemName(), e.catalogueVersion(), e.departmentCode(),
                e.departmentName(), e.itemType(), e.statutoryDays(), e.promisedDays(), e.applicantKind(), e.applicantName(),
                e.deliveryMethod(), e.intakePath(), e.acceptedAt(), e.actor(), e.bundle(), e.deferredUntil(),
                e.reviewPoints(), e.channel(), e.commitments(), e.commitmentCheckDays(), e.applicantRef(), e.limitsFrom(),
                e.hallCode(), e.owningHallCode(), e.pickupHallCode(), e.situationCode(), helpRequestId);
    }

    private static ProblemException used(String caseId) {
        return new ProblemException(422, "help-request-used", "该帮办请求已代办受理（" + caseId + "），不能再次使用",
                "A case was already taken in for this help request (" + caseId + ")");
    }
}
