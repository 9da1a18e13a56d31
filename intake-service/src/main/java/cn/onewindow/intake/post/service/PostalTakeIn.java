package cn.onewindow.intake.post.service;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.post.model.Parcel;
import cn.onewindow.intake.post.rules.ParcelRules;
import cn.onewindow.intake.takein.service.TakeIn;
import cn.onewindow.intake.takein.service.TakeInResult;
import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.persistence.SessionSql;
import cn.onewindow.platform.problem.ProblemException;
import io.smallrye.mutiny.Uni;

/**
 * The take-in of a registered parcel (快递寄送材料), the applicant not present: the parcel must still be REGISTERED (it is
 * locked for the take-in's transaction, so it is taken in once), every chosen item must allow POST, and the result goes
 * back by post (EXPRESS_MAIL; the sender's address and phone stand in where the request leaves the delivery address and
 * the contact phone out). The case's limits count from the parcel's registration ({@link Received}), and the parcel ends
 * TAKEN_IN with its case, or RETURNED with the notice that answered it and the reason — in the take-in's own writes.
 * Called only for a request naming a parcel: a window take-in pays nothing for it.
 */
@ApplicationScoped
public class PostalTakeIn {
    private final Clock clock;

    public PostalTakeIn(Clock clock) {
        this.clock = clock;
    }

    /** The parcel a take-in is made from: the case's limits count from {@code registeredAt}. */
    public record Received(UUID parcelId, Instant registeredAt) {
    }

    /**
     * Checks the parcel, then takes the request in through {@code proceed} (with the sender's contact filled in where the
     * request has none, and the parcel) and records what became of the parcel.
     */
    public Uni<TakeInResult> takeIn(TakeIn request, Pipeline writes, BiFunction<TakeIn, Received, Uni<TakeInResult>> proceed) {
        UUID id = UUID.fromString(request.parcelId());
        if (!ParcelRules.deliveryAllowed(request.deliveryMethod())) {
            return Uni.createFrom().failure(ProblemException.invalid("postal-delivery-by-mail",
                    "快递寄送申请的申请人不在现场，办理结果须邮寄送达（EXPRESS_MAIL）",
                    "The applicant of a postal application is not in the hall: the result is sent by express mail"));
        }
        if (request.applicant() == null) {
            return Uni.createFrom().failure(ProblemException.invalid("applicant-required", "请填写申请人信息",
                    "The applicant is required"));
        }
        // locked until the take-in commits: a second take-in of the same parcel waits, then finds it taken in
        return SessionSql.select("select status, registered_at, sender_phone, sender_address from parcel where id = $1 for update", id)
                .flatMap(rows -> {
                    if (rows.isEmpty()) {
                        return Uni.createFrom().failure(new ProblemException(422, "unknown-parcel", "没有登记这份快递：" + id,
                                "No parcel registered with id " + id));
                    }
                    Object[] row = rows.get(0);
                    if (!Parcel.REGISTERED.equals(row[0])) {
                        return Uni.createFrom().failure(ProblemException.conflict("parcel-not-registered",
                                "这份快递已" + (Parcel.TAKEN_IN.equals(row[0]) ? "受理" : "退回") + "（" + row[0] + "），不能再次受理",
                                "This parcel is " + row[0] + " and cannot be taken in again"));
                    }
                    var received = new Received(id, ((OffsetDateTime) row[1]).toInstant());
                    return proceed.apply(filled(request, (String) row[2], (String) row[3]), received)
                            .invoke(result -> record(writes, id, request, result));
                });
    }

    /** Refuses items the catalogue does not offer by post (their {@code channels} lack POST); nothing is written. */
    public static void checkChannels(List<ItemDefinition> items) {
        var refused = ParcelRules.postNotOffered(items);
        if (!refused.isEmpty()) {
            throw ProblemException.invalid("post-not-offered", "以下事项不接受快递寄送材料申请：" + String.join("、", refused),
                    "Not offered by post: " + String.join(", ", refused));
        }
    }

    /** What became of the parcel, in the take-in's writes (a new case's number is filled in by them). */
    private void record(Pipeline writes, UUID id, TakeIn request, TakeInResult result) {
        Instant now = clock.instant();
        if (result instanceof TakeInResult.CasesTakenIn taken) {
            writes.add("update parcel set status = 'TAKEN_IN', case_id = $1, taken_in_at = $2 where id = $3",
                    taken.bundleId() != null ? taken.bundleId() : taken.intakeCase().caseId, now, id);
        } else if (result instanceof TakeInResult.OneTimeNotice notice) {
            writes.add("update parcel set status = 'RETURNED', notice_number = $1, return_reason = $2, returned_at = $3 where id = $4",
                    notice.noticeNumber(), "一次性告知：" + notice.problems().stream()
                            .map(p -> p.name() + "（" + p.problemZh() + "）").distinct().collect(Collectors.joining("、")), now, id);
        } else if (result instanceof TakeInResult.ReturnedOutOfScope returned) {
            writes.add("update parcel set status = 'RETURNED', notice_number = $1, return_reason = $2, returned_at = $3 where id = $4",
                    returned.noticeNumber(), "不予受理：" + request.outOfScopeReason(), now, id);
        }
    }

    /** The request with the sender's phone and address where it gives none: the notices and the result go there. */
    static TakeIn filled(TakeIn r, String phone, String address) {
        var a = r.applicant();
        var applicant = a.phone() != null ? a : new TakeIn.Applicant(a.kind(), a.name(), a.idNumber(), phone, a.email());
        String to = r.deliveryAddress() == null || r.deliveryAddress().isBlank() ? address : r.deliveryAddress();
        return new TakeIn(r.itemCode(), r.itemCodes(), r.bundleCode(), applicant, r.agent(), r.materials(), r.deliveryMethod(),
                to, r.deferral(), r.outOfScopeReason(), r.reviewPoints(), r.preReviewId(), r.commitments(), r.parcelId(),
                r.certificates()).withSituation(r.situationCode()).withPickupHall(r.pickupHallCode())
                .withOverruledSignOff(r.overruledSignOffId());
    }
}
