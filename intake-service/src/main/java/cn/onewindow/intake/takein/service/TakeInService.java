package cn.onewindow.intake.takein.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.contracts.events.BundleRef;
import cn.onewindow.contracts.events.CaseTakenIn;
import cn.onewindow.contracts.events.ContactRecorded;
import cn.onewindow.contracts.events.ReviewPointChecked;
import cn.onewindow.contracts.events.DeferredMaterialsSupplied;
import cn.onewindow.contracts.events.WindowNoticeIssued;
import cn.onewindow.contracts.vocabulary.DeliveryMethod;
import cn.onewindow.contracts.vocabulary.IntakeCaseStatus;
import cn.onewindow.contracts.vocabulary.IntakePath;
import cn.onewindow.contracts.vocabulary.ItemType;
import cn.onewindow.contracts.vocabulary.Terms;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.persistence.Pipeline;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.ApplicantRef;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.intake.takein.rules.DeferralRules;
import cn.onewindow.intake.takein.rules.IdentityMessages;
import cn.onewindow.intake.takein.rules.IdentityNumbers;
import cn.onewindow.intake.takein.rules.IntakePathDecider;
import cn.onewindow.intake.takein.rules.IntakePathDecider.Path;
import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.catalogue.model.CatalogueItem;
import cn.onewindow.intake.catalogue.rules.RelatedItems;
import cn.onewindow.intake.catalogue.service.CatalogueService;
import cn.onewindow.intake.credit.model.ApplicantCredit;
import cn.onewindow.intake.delegation.rules.NoticePower;
import cn.onewindow.intake.delegation.rules.Power;
import cn.onewindow.intake.delegation.service.DelegationService;
import cn.onewindow.intake.takein.model.Bundle;
import cn.onewindow.intake.takein.model.DeferredMaterial;
import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.intake.takein.model.IntakeNotice;
import cn.onewindow.intake.takein.rules.MaterialCheck;
import cn.onewindow.intake.takein.rules.ReviewPoints;
import cn.onewindow.intake.signoff.rules.SignOffRules;
import cn.onewindow.intake.signoff.service.Overrules;
import cn.onewindow.intake.signoff.service.SignOffs;
import cn.onewindow.intake.commitment.service.CommitmentTakeIn;
import cn.onewindow.intake.certificate.service.CertificateTakeIn;
import cn.onewindow.intake.prereview.service.PreReviewTakeIn;
import cn.onewindow.intake.post.service.PostalTakeIn;
import cn.onewindow.intake.hall.rules.TakeInHalls;
import cn.onewindow.intake.hall.service.HallTakeIn;
import cn.onewindow.intake.helpdesk.service.AssistedTakeIn;
import cn.onewindow.intake.situation.rules.SituationChoice;
import cn.onewindow.intake.situation.service.SituationTakeIn;
import cn.onewindow.contracts.vocabulary.Channel;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * Window intake: reads the catalogue version and the delegation in force at this moment, checks the
 * applicant's identity number and the materials, and then — in one transaction — takes the file in
 * (numbered and announced), accepts it with deferred materials (容缺), or records the notice that
 * took nothing in (one-time notice, return as out of scope).
 */
@ApplicationScoped
public class TakeInService {
    static final String DEFERRED = IntakePath.ACCEPTED_WITH_DEFERRED_MATERIALS.name();
    /** The catalogue's code for the power of attorney (授权委托书). */
    static final String POWER_OF_ATTORNEY = "POA";
    private final Outbox outbox;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final String hall;
    private final CatalogueService catalogue;
    private final DelegationService delegations;
    private final CalendarHolder calendars;
    private final ObjectMapper json;
    private final PreReviewTakeIn preReviews;
    private final PostalTakeIn postal;
    private final ApplicantRef applicantRefs;
    private final HallTakeIn halls;
    private final SignOffs signOffs;
    private final Overrules overrules;

    public TakeInService(Outbox outbox, CaseNumbers caseNumbers, Clock clock, CatalogueService catalogue,
                         DelegationService delegations, CalendarHolder calendars, ObjectMapper json,
                         HallSettings hall, PreReviewTakeIn preReviews, PostalTakeIn postal, ApplicantRef applicantRefs,
                         HallTakeIn halls, SignOffs signOffs, Overrules overrules) {
        this.signOffs = signOffs;
        this.overrules = overrules;
        this.halls = halls;
        this.applicantRefs = applicantRefs;
        this.preReviews = preReviews;
        this.postal = postal;
        this.outbox = outbox;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.catalogue = catalogue;
        this.delegations = delegations;
        this.calendars = calendars;
        this.json = json;
        this.hall = hall.code();
    }

    /** One chosen item with what the intake decision reads for it, at one instant. */
    record Part(CatalogueItem item, ItemDefinition def, DelegationService.InForce delegation) {
        String label() {
            return item.code + "@v" + item.version;
        }
    }

    /**
     * Everything the intake decision reads, at one instant, and the new case's writes (sent by the caller).
     * {@code parcel}: the parcel a postal case is taken in from (null at the window): its working-day limits count from its
     * registration. {@code halls}: the taking hall (the clerk's: its code numbers the take-in's cases and notices) and each
     * item's owning and pickup hall (区域通办, hall.service.HallTakeIn).
     */
    record Context(TakeIn request, List<Part> parts, String bundleCode, Actor clerk, Instant now, Pipeline writes,
                   PostalTakeIn.Received parcel, TakeInHalls halls) {

        /**
         * A postal case's parcel registration (快递寄送材料), from which its working-day limits count (approval's clock, the
         * promised deadline printed); null at the window. The take-in ({@code acceptedAt}) stays {@code now} for both.
         */
        Instant limitsFrom() {
            return parcel == null ? null : parcel.registeredAt();
        }

        Actor acting(Part part) {
            return clerk.under(part.delegation().delegation() == null ? null : part.delegation().delegation().id.toString(),
                    part.label());
        }

        Part first() {
            return parts.get(0);
        }
    }

    /**
     * Takes a request in (or answers it with a notice) inside the caller's transaction. A new case's rows and events
     * are added to {@code writes}, not sent: the caller adds its own (the idempotency record) and sends them all at
     * once before its commit ({@link IdempotentTakeIn}).
     */
    public Uni<TakeInResult> takeIn(TakeIn request, Actor clerk, Pipeline writes) {
        if (request.parcelId() != null && request.preReviewId() != null) { // each fills the applicant and materials its own way
            return Uni.createFrom().failure(ProblemException.invalid("one-source-only",
                    "一次受理只能来自一份快递（parcelId）或一份网上预审（preReviewId），不能同时指定",
                    "A take-in comes from one parcel (parcelId) or one online pre-review (preReviewId), not both"));
        }
        if (request.parcelId() != null) { // 快递寄送材料: from a registered parcel, the limits from its registration
            return postal.takeIn(request, writes, (filled, parcel) -> takeInChecked(filled, clerk, writes, parcel));
        }
        if (request.preReviewId() != null) { // 网上预审: the applicant and the materials from a passed pre-review's record
            return preReviews.takeIn(request, writes, filled -> takeInChecked(filled, clerk, writes));
        }
        return takeInChecked(request, clerk, writes);
    }

    private Uni<TakeInResult> takeInChecked(TakeIn request, Actor clerk, Pipeline writes) {
        return takeInChecked(request, clerk, writes, null);
    }

    private Uni<TakeInResult> takeInChecked(TakeIn request, Actor clerk, Pipeline writes, PostalTakeIn.Received parcel) {
        var invalid = checkRequest(request);
        if (invalid != null) {
            return Uni.createFrom().failure(invalid);
        }
        var now = clock.instant();
        // 区域通办: the clerk's hall, a hall of the network, before anything else is read
        return halls.takingHall().flatMap(taking -> selection(request)
                .flatMap(codes -> Multi.createFrom().iterable(codes).onItem()
                        .transformToUniAndConcatenate(code -> part(code, now)).collect().asList())
                .map(parts -> withSituation(parts, request)) // 情形: its materials and limits stand for the item's
                .map(parts -> receivedForOtherHalls(parts, halls.halls(taking, defs(parts), request.pickupHallCode())))
                .invoke(parts -> {
                    if (parcel != null) {
                        PostalTakeIn.checkChannels(parts.stream().map(Part::def).toList());
                    }
                })
                .call(parts -> request.certificates() == null ? Uni.createFrom().voidItem() // 证照自动引用: the named certificates can serve
                        : CertificateTakeIn.check(request, parts.stream().map(Part::def).toList(), now))
                // 告知承诺: not for a blacklisted applicant; the credit list is read only when commitments are named
                .call(() -> request.commitments() == null || request.commitments().isEmpty() ? Uni.createFrom().voidItem()
                        : CommitmentTakeIn.creditAllows(request))
                .call(() -> AssistedTakeIn.stillOpen(request.helpRequestId())) // 帮办代办: its request locked, still without a case
                .flatMap(parts -> decide(new Context(request, parts, request.bundleCode(), clerk, now, writes, parcel,
                        halls.halls(taking, defs(parts), request.pickupHallCode())))));
    }

    private static List<ItemDefinition> defs(List<Part> parts) {
        return parts.stream().map(Part::def).toList();
    }

    /**
     * 区域通办: another hall's item is taken in under the 通办 agreement, not under the owning hall's delegations (those are
     * to its own windows): the window receives and may tell what is missing (HallTakeIn.CROSS_HALL_POWERS), no more.
     * Fails (422, nothing written) for an item not on both halls' lists or a pickup hall that is neither hall.
     */
    private static List<Part> receivedForOtherHalls(List<Part> parts, TakeInHalls halls) {
        return parts.stream().map(p -> !halls.of(p.item().code).crossHall() ? p
                : new Part(p.item(), p.def(), new DelegationService.InForce(null, HallTakeIn.CROSS_HALL_POWERS))).toList();
    }

    /** The item codes chosen: one, several, or a bundle's items — each at most once, in the order given. */
    private Uni<List<String>> selection(TakeIn request) {
        if (request.bundleCode() != null) {
            return Bundle.<Bundle>findById(request.bundleCode())
                    .onItem().ifNull().failWith(() -> new ProblemException(422, "unknown-bundle",
                            "没有这个“一件事”套餐：" + request.bundleCode(), "No bundle with code " + request.bundleCode()))
                    .map(Bundle::items);
        }
        List<String> codes = request.itemCode() != null ? List.of(request.itemCode()) : request.itemCodes();
        if (new LinkedHashSet<>(codes).size() != codes.size()) {
            return Uni.createFrom().failure(ProblemException.invalid("item-chosen-twice", "同一事项不能重复选择",
                    "An item may be chosen only once"));
        }
        return Uni.createFrom().item(codes);
    }

    /**
     * The parts with the situation the request names (情形, SituationChoice.apply): the item it belongs to narrowed to its
     * materials and limits; 422 (nothing written yet) for an item with situations and none named, or a situation that is
     * not of the chosen items. A file returned as out of scope without a situation needs none.
     */
    private static List<Part> withSituation(List<Part> parts, TakeIn request) {
        boolean returned = request.outOfScopeReason() != null && !request.outOfScopeReason().isBlank();
        if (returned && request.situationCode() == null) {
            return parts;
        }
        var defs = SituationChoice.apply(parts.stream().map(Part::def).toList(), request.situationCode());
        List<Part> out = new ArrayList<>(parts.size());
        for (int i = 0; i < parts.size(); i++) {
            out.add(new Part(parts.get(i).item(), defs.get(i), parts.get(i).delegation()));
        }
        return out;
    }

    private Uni<Part> part(String code, Instant now) {
        return CatalogueItem.inForce(code, now)
                .onItem().ifNull().failWith(() -> unknownItem(code))
                .invoke(item -> {
                    if (item.cancelled()) {
                        throw unknownItem(code);
                    }
                })
                .flatMap(item -> delegations.inForce(item, now, clock.getZone())
                        .map(d -> new Part(item, catalogue.read(item), d)));
    }

    /** 窗口无否决权: a take-in naming an overruled sign-off is that file's, taken in once (signoff.service.Overrules). */
    private Uni<TakeInResult> decide(Context ctx) {
        var request = ctx.request();
        if (request.overruledSignOffId() == null) {
            return decideFile(ctx);
        }
        var file = new SignOffRules.File(request.applicant().kind(), request.applicant().idNumber(),
                ctx.parts().stream().map(p -> p.item().code).toList(), ctx.halls().takingCode(), request.parcelId());
        return overrules.takeIn(request.overruledSignOffId(), file, ctx.writes(), () -> decideFile(ctx));
    }

    private Uni<TakeInResult> decideFile(Context ctx) {
        var request = ctx.request();
        var notOffered = ctx.parts().stream().filter(p -> !p.def().deliveryModes().contains(request.deliveryMethod()))
                .map(p -> p.item().code).toList();
        if (!notOffered.isEmpty()) {
            return Uni.createFrom().failure(ProblemException.invalid("delivery-mode-not-offered",
                    "以下事项不提供此送达方式（" + request.deliveryMethod() + "）：" + String.join("、", notOffered),
                    "Not offered for delivery by " + request.deliveryMethod() + ": " + String.join(", ", notOffered)));
        }
        var notServed = ctx.parts().stream().filter(p -> !p.def().serves().contains(request.applicant().kind()))
                .map(p -> p.item().code).toList();
        if (!notServed.isEmpty()) {
            // a company registration for a person, an ID card for a company: not this applicant's item
            return Uni.createFrom().failure(new ProblemException(422, "applicant-not-served",
                    "以下事项不面向" + ("PERSON".equals(request.applicant().kind()) ? "自然人" : "法人和其他组织") + "办理："
                            + String.join("、", notServed),
                    "These items do not serve a " + request.applicant().kind().toLowerCase() + ": " + String.join(", ", notServed)));
        }
        Map<Part, IntakePathDecider.Decision> paths = new LinkedHashMap<>();
        for (var part : ctx.parts()) {
            var decision = ctx.halls().of(part.item().code).crossHall() ? HallTakeIn.RECEIVED_FOR_OWNING_HALL // 区域通办: 收件
                    : IntakePathDecider.decide(part.item().itemType, part.delegation().powers());
            if (decision.path() == Path.NOT_DELEGATED) {
                return Uni.createFrom().failure(ProblemException.forbidden("not-delegated",
                        decision.reasonZh() + "（" + part.item().code + " " + part.item().name + "）",
                        decision.reasonEn() + " (" + part.item().code + ")"));
            }
            paths.put(part, decision);
        }
        if (request.outOfScopeReason() != null && !request.outOfScopeReason().isBlank()) {
            // 不予受理: returned with written reasons, nothing taken in — once the mid desk or the chief representative signs
            // it off (窗口无否决权); until then nothing is refused (a parcel is not sent back either)
            return signOff(ctx, request.parcelId() != null ? SignOffRules.RETURN : SignOffRules.OUT_OF_SCOPE, "RETURN_NOTICE",
                    new ReturnNoticeContent(request.outOfScopeReason()), request.outOfScopeReason(), List.of(), null);
        }
        // 审查要点: every point of every chosen item answered before anything is decided on the materials
        var answers = answers(request);
        var strays = ReviewPoints.strays(ctx.parts().stream().map(Part::def).toList(), answers);
        if (!strays.isEmpty()) {
            return Uni.createFrom().failure(strayReviewPoints(strays));
        }
        Map<Part, ReviewPoints.Checked> reviews = new LinkedHashMap<>();
        ctx.parts().forEach(part -> reviews.put(part, ReviewPoints.check(part.def(), answers)));
        var unanswered = reviews.values().stream().filter(c -> !c.complete()).toList();
        if (!unanswered.isEmpty()) {
            return Uni.createFrom().failure(unansweredReviewPoints(unanswered));
        }
        var assessed = new Assessment(paths, reviews);
        Map<String, MaterialCheck.Status> checklist = request.materials().stream().collect(Collectors.toMap(
                TakeIn.MaterialStatus::code, m -> MaterialCheck.Status.valueOf(m.status()), (a, b) -> b,
                java.util.HashMap::new));
        if (request.agent() != null && MaterialCheck.Status.NOT_APPLICABLE == checklist.get(POWER_OF_ATTORNEY)) {
            checklist.put(POWER_OF_ATTORNEY, MaterialCheck.Status.MISSING); // an agent always needs the power of attorney
        }
        // certificates before commitments: a material a certificate serves is then refused as a commitment (not both rows)
        if (request.certificates() != null) { // 证照自动引用: a material served by a valid e-certificate counts as received
            CertificateTakeIn.receive(request.certificates(), checklist);
        }
        if (request.commitments() != null) { // 告知承诺: a proof replaced by the signed commitment counts as received
            CommitmentTakeIn.receive(ctx.parts().stream().map(Part::def).toList(), request.commitments(), checklist);
        }
        Map<Part, List<MaterialCheck.Problem>> problems = new LinkedHashMap<>();
        for (var part : ctx.parts()) {
            List<MaterialCheck.Problem> found = new ArrayList<>(MaterialCheck.problems(part.def(), checklist,
                    part.delegation().powers().contains(Power.VERIFY_ORIGINALS)));
            found.addAll(ReviewPoints.problems(reviews.get(part))); // a failing review point is corrected like a material
            problems.put(part, found);
        }
        var allProblems = problems.values().stream().flatMap(List::stream).toList();
        if (allProblems.isEmpty()) {
            return takeInParts(ctx, assessed, Map.of(), List.of(), null);
        }
        if (request.deferral() != null) {
            return deferred(ctx, assessed, problems, allProblems);
        }
        return oneTimeNotice(ctx, assessed, allProblems, null);
    }

    /** What the decision found for each part: its path, and the clerk's answers on its review points. */
    record Assessment(Map<Part, IntakePathDecider.Decision> paths, Map<Part, ReviewPoints.Checked> reviews) {
    }

    /**
     * 一次性告知: everything at once, for every item, recorded, and nothing is taken in. Also the answer when 容缺
     * was refused ({@code refused}): the applicant leaves with the reasons and, in the same answer, the whole list.
     */
    private Uni<TakeInResult> oneTimeNotice(Context ctx, Assessment assessed, List<MaterialCheck.Problem> allProblems,
                                            TakeInResult.DeferralRefused refused) {
        var undelegated = NoticePower.undelegated(ctx.parts().stream().collect(Collectors.toMap(p -> p.item().code,
                p -> p.delegation().powers())), allProblems);
        if (!undelegated.isEmpty()) {
            // the department kept 一次性告知权: the window may not tell the applicant in its name; nothing is written
            return Uni.createFrom().failure(noticeNotDelegated(ctx, undelegated));
        }
        var content = new OneTimeNoticeContent(allProblems, refused, noticeReviewPoints(assessed.reviews()));
        if (refused != null) { // 窗口无否决权: a 容缺 refusal waits for the sign-off, whose CONFIRM issues this very notice
            return signOff(ctx, SignOffRules.DEFERRAL_REFUSED, "ONE_TIME_NOTICE", content, String.join("；", refused.reasonsZh()),
                    allProblems, refused);
        }
        return recordNotice(ctx, "ONE_TIME_NOTICE", content)
                .map(n -> new TakeInResult.OneTimeNotice(n.noticeNumber, allProblems, refused));
    }

    private static ProblemException noticeNotDelegated(Context ctx, List<String> items) {
        String named = ctx.parts().stream().filter(p -> items.contains(p.item().code))
                .map(p -> p.item().code + " " + p.item().name).collect(Collectors.joining("、"));
        return ProblemException.forbidden("notice-not-delegated",
                "窗口未获得以下事项的一次性告知授权，材料不齐全或不符合法定形式的，须由部门一次性告知申请人：" + named,
                "The window holds no one-time notice power for these items; the department tells the applicant what is "
                        + "missing or wrong: " + String.join(", ", items));
    }

    /** What a return notice (不予受理退回) says: the written reasons. */
    public record ReturnNoticeContent(String reasons) {
    }

    /**
     * What a one-time notice (一次性告知) says: everything missing or wrong, why 容缺 was refused when it was asked for
     * (absent otherwise: the notice's JSON has carried the field only then), and the clerk's answers on the review points.
     */
    public record OneTimeNoticeContent(List<MaterialCheck.Problem> problems,
                                       @JsonInclude(JsonInclude.Include.NON_NULL) TakeInResult.DeferralRefused deferralRefused,
                                       List<NoticeReviewPoint> reviewPoints) {
    }

    /** A review point as a notice records it: which item, and the clerk's answer. */
    public record NoticeReviewPoint(String itemCode, int position, String point, String outcome, String note) {
    }

    private static List<NoticeReviewPoint> noticeReviewPoints(Map<Part, ReviewPoints.Checked> reviews) {
        return reviews.values().stream().flatMap(c -> c.answered().stream().map(r -> new NoticeReviewPoint(c.itemCode(),
                r.position(), r.point(), r.outcome().name(), r.note()))).toList();
    }

    private static List<ReviewPoints.Answer> answers(TakeIn request) {
        return request.reviewPoints() == null ? List.of() : request.reviewPoints().stream()
                .map(a -> new ReviewPoints.Answer(a.itemCode(), a.point(), ReviewPoints.Outcome.valueOf(a.outcome()), a.note()))
                .toList();
    }

    private static ProblemException unansweredReviewPoints(List<ReviewPoints.Checked> unanswered) {
        String zh = unanswered.stream().flatMap(c -> c.unanswered().stream().map(p -> c.itemCode() + "「" + p + "」"))
                .collect(Collectors.joining("、"));
        String en = unanswered.stream().flatMap(c -> c.unanswered().stream().map(p -> c.itemCode() + " \u201c" + p + "\u201d"))
                .collect(Collectors.joining(", "));
        return new ProblemException(422, "review-points-unanswered",
                "以下审查要点尚未逐项核对（每项须确认符合或标记不符合，二者择一）：" + zh,
                "Review points not answered (confirm each one, or mark it as failing — one or the other): " + en);
    }

    private static ProblemException strayReviewPoints(List<ReviewPoints.Answer> strays) {
        String list = strays.stream().map(a -> a.itemCode() + "「" + a.point() + "」").collect(Collectors.joining("、"));
        return new ProblemException(422, "unknown-review-point",
                "以下不是所选事项现行版本的审查要点（清单可能已更新，请重新打开事项逐项核对）：" + list,
                "Not review points of the chosen items' versions in force (the catalogue may have changed: reopen the items "
                        + "and check again): " + list);
    }

    /**
     * 容缺受理 when every rule holds for every item that lacks something; otherwise the one-time notice of
     * everything missing or wrong, with every reason 容缺 was refused, and no case. Items with nothing missing go
     * their own path.
     */
    private Uni<TakeInResult> deferred(Context ctx, Assessment assessed,
                                        Map<Part, List<MaterialCheck.Problem>> problems, List<MaterialCheck.Problem> allProblems) {
        var deferral = ctx.request().deferral();
        var lacking = problems.entrySet().stream().filter(e -> !e.getValue().isEmpty()).map(Map.Entry::getKey).toList();
        int promised = lacking.stream().mapToInt(p -> p.def().promisedDays()).min().orElseThrow(); // a situation's own
        int due = deferral.dueWorkingDays() == null ? promised : deferral.dueWorkingDays();
        if (due > promised) {
            return Uni.createFrom().failure(ProblemException.invalid("deferral-deadline-too-long",
                    "容缺补交期限不得超过事项承诺时限（" + promised + "个工作日）",
                    "The supplement deadline may not exceed the item's promised limit (" + promised + " working days)"));
        }
        return ApplicantCredit.<ApplicantCredit>findById(ctx.request().applicant().idNumber()).flatMap(credit -> {
            List<String> zh = new ArrayList<>();
            List<String> en = new ArrayList<>();
            for (var part : lacking) {
                var verdict = DeferralRules.check(part.def(), problems.get(part),
                        credit == null ? null : new DeferralRules.Credit(credit.blacklisted, credit.creditLevel),
                        deferral.commitmentSigned(), part.delegation().powers());
                String prefix = lacking.size() > 1 ? part.item().code + "：" : "";
                verdict.reasonsZh().stream().map(r -> prefix + r).filter(r -> !zh.contains(r)).forEach(zh::add);
                verdict.reasonsEn().stream().map(r -> (lacking.size() > 1 ? part.item().code + ": " : "") + r)
                        .filter(r -> !en.contains(r)).forEach(en::add);
            }
            if (!zh.isEmpty()) {
                // refused: a refusal naming only the reason (say, one key material) sent the applicant away without the
                // list of everything else; the one-time notice is owed all the same, in this answer
                var refused = new TakeInResult.DeferralRefused(List.copyOf(zh), List.copyOf(en));
                // 窗口无否决权: the mid desk's overrule of this very refusal grants the 容缺 — for a signed commitment only
                return overrules.allowsDeferral(deferral.commitmentSigned() ? ctx.request().overruledSignOffId() : null,
                        allProblems).flatMap(granted -> granted ? owing(ctx, assessed, problems, lacking, allProblems, due)
                        : oneTimeNotice(ctx, assessed, allProblems, refused));
            }
            return owing(ctx, assessed, problems, lacking, allProblems, due);
        });
    }

    /** 容缺受理: each lacking part owes what it lacks, by the supplement notice's deadline {@code due} working days on. */
    private Uni<TakeInResult> owing(Context ctx, Assessment assessed, Map<Part, List<MaterialCheck.Problem>> problems,
                                    List<Part> lacking, List<MaterialCheck.Problem> allProblems, int due) {
        Instant dueAt = calendars.calendar().deadline(ctx.now(), due);
        Map<Part, List<MaterialCheck.Problem>> owed = new LinkedHashMap<>();
        lacking.forEach(p -> owed.put(p, problems.get(p)));
        return takeInParts(ctx, assessed, owed, allProblems, new OwedBy(dueAt, due));
    }

    /** Takes every chosen item in as a case of its own; several make one bundle (one submission, one issuance). */
    private Uni<TakeInResult> takeInParts(Context ctx, Assessment assessed,
                                        Map<Part, List<MaterialCheck.Problem>> owed, List<MaterialCheck.Problem> problems,
                                        OwedBy owedBy) {
        LocalDate day = LocalDate.ofInstant(ctx.now(), clock.getZone());
        // the numbers are taken by the writes themselves, sent at the end (CaseNumbers.reserve): until then a placeholder
        Uni<BundleRef> bundle = ctx.parts().size() == 1 ? Uni.createFrom().nullItem()
                : Uni.createFrom().item(() -> new BundleRef(caseNumbers.reserve(ctx.writes(), ctx.halls().takingCode() + "-B", day), ctx.bundleCode(),
                        ctx.parts().size()));
        List<TakeInResult.Owed> owedOut = new ArrayList<>(); // filled in order: the parts are registered one after another
        // the related items are read before the writes are sent: from the first number on, every other take-in of the
        // hall waits for this transaction (the gap-free counter's row lock), so it should hold nothing but its writes
        return relatedPrompts(ctx).flatMap(prompts -> bundle.flatMap(b -> Multi.createFrom().iterable(ctx.parts()).onItem().transformToUniAndConcatenate(part -> {
            boolean deferred = owed.containsKey(part);
            var decision = assessed.paths().get(part);
            String path = deferred ? DEFERRED : decision.path().name();
            String document = deferred ? "DEFERRAL_NOTICE" : decision.document().name();
            return takeInOne(ctx, part, path, document, owed.getOrDefault(part, List.of()), assessed.reviews().get(part), b,
                    owedBy, ctx.writes())
                    .invoke(r -> r.owed().forEach(m -> owedOut.add(new TakeInResult.Owed(r.intakeCase().caseId, m.materialCode,
                            m.materialName, m.dueAt, TakeInResult.Owed.provisional(r.intakeCase().acceptedAt, m.dueAt,
                                    calendars.calendar())))))
                    .map(TakenIn::intakeCase)
                    .map(c -> deferred
                            ? new TakeInResult.CaseTaken(c, path, DEFERRED_ZH, DEFERRED_EN, document)
                            : new TakeInResult.CaseTaken(c, path, decision.reasonZh(), decision.reasonEn(), document));
        }).collect().asList().map(taken -> {
            var first = taken.get(0);
            boolean single = taken.size() == 1;
            return new TakeInResult.CasesTakenIn(single ? first.path() : BUNDLE_TAKEN_IN,
                    single ? first.reasonZh() : "多个事项一次受理，各部门并联审批，统一出件",
                    single ? first.reasonEn() : "Several items taken in at once: parallel approval, one issuance",
                    first.document(), first.intakeCase(), problems, owedOut, b == null ? null : b.bundleId(), taken,
                    prompts);
        })));
    }

    /**
     * A 容缺 supplement deadline and the working days it was counted with from the take-in: both are kept with what is
     * owed, so the date can be counted again when its year is entered or edited (DeferralDeadlineRecount).
     */
    record OwedBy(Instant at, int workingDays) {
    }

    static final String BUNDLE_TAKEN_IN = "BUNDLE_TAKEN_IN";
    static final String DEFERRED_ZH = "容缺受理：次要材料缺失，申请人已签署承诺书，限期补交";
    static final String DEFERRED_EN = "Accepted with deferred secondary materials on the applicant's signed commitment";

    /**
     * @param reviewed the clerk's answers on the item's review points, kept with the case and carried on its event
     * @param owedBy the supplement notice's deadline for what this case owes (null when it owes nothing)
     */
    private Uni<TakenIn> takeInOne(Context ctx, Part part, String path, String document,
                                        List<MaterialCheck.Problem> owed, ReviewPoints.Checked reviewed, BundleRef bundle,
                                        OwedBy owedBy, Pipeline writes) {
        var request = ctx.request();
        var item = part.item();
        var now = ctx.now();
        Actor acting = ctx.acting(part);
        var caseHalls = ctx.halls().of(item.code); // 区域通办: the case number carries the taking hall
        return Uni.createFrom().item(() -> caseNumbers.reserve(writes, caseHalls.taking(), LocalDate.ofInstant(now, clock.getZone()))).flatMap(caseId -> {
            var c = new IntakeCase();
            c.caseId = caseId;
            c.itemCode = item.code;
            c.catalogueVersion = item.version;
            c.departmentCode = item.departmentCode;
            c.applicantKind = request.applicant().kind();
            c.applicantName = request.applicant().name();
            c.applicantId = request.applicant().idNumber();
            if (request.agent() != null) {
                c.agentName = request.agent().name();
                c.agentId = request.agent().idNumber();
            }
            c.contactPhone = request.applicant().phone();
            c.contactEmail = request.applicant().email();
            c.deliveryMethod = request.deliveryMethod();
            c.deliveryAddress = request.deliveryAddress();
            c.intakePath = path;
            c.documentKind = document;
            c.takenIn(Path.RECEIVED_ONLY.name().equals(path) || Path.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING.name().equals(path)
                    ? IntakeCaseStatus.RECEIVED
                    : DEFERRED.equals(path) ? IntakeCaseStatus.ACCEPTED_WITH_DEFERRED_MATERIALS : IntakeCaseStatus.ACCEPTED);
            c.delegationId = part.delegation().delegation() == null ? null : part.delegation().delegation().id; // none: 通办
            c.firstHandlerId = acting.userId();
            c.firstHandlerName = acting.name();
            c.firstHandlerPost = acting.post();
            c.acceptedAt = now; // the take-in, for a postal case too: the ledger, the transfer and 容缺 limits count from it
            if (bundle != null) {
                c.bundleId = bundle.bundleId();
                c.bundleCode = bundle.bundleCode();
                c.bundleSize = bundle.size();
            }
            Instant dueAt = owed.isEmpty() ? null : owedBy.at();
            var committed = CommitmentTakeIn.record(writes, caseId, part.def(), item.version, request.commitments(), c.applicantName, now);
            var event = new CaseTakenIn(caseId, item.code, item.name, item.version, item.departmentCode,
                    item.departmentName, Terms.of(ItemType.class, item.itemType), part.def().statutoryDays(),
                    part.def().promisedDays(), // the situation's limits where it sets them (SituationChoice.narrow)
                    c.applicantKind, c.applicantName, Terms.of(DeliveryMethod.class, c.deliveryMethod),
                    Terms.of(IntakePath.class, c.intakePath), c.acceptedAt, acting, bundle, dueAt,
                    reviewed.answered().stream().map(r -> new ReviewPointChecked(r.position(), r.point(), r.outcome().name(),
                            r.note())).toList(),
                    ctx.parcel() != null ? Channel.POST : request.preReviewId() != null ? Channel.ONLINE_PRE_REVIEW : null,
                    committed, committed == null ? null : part.def().commitmentCheckDays(),
                    applicantRefs.of(c.applicantKind, c.applicantId), // the applicant's own cases, seen by other services
                    ctx.limitsFrom(), caseHalls.taking(), caseHalls.owning(), caseHalls.pickup(), SituationTakeIn.code(part.def()),
                    null);
            List<DeferredMaterial> materials = new ArrayList<>(owed.size());
            for (var o : owed) {
                var m = new DeferredMaterial();
                m.caseId = caseId;
                m.materialCode = o.code();
                m.materialName = o.name();
                m.dueAt = dueAt;
                m.dueWorkingDays = owedBy.workingDays();
                materials.add(m);
            }
            // from the number on, every other take-in of the hall waits for this transaction: the number and the rows go out
            // together (one round trip, Pipeline) rather than a number, then one insert after another
            c.hallCode = caseHalls.taking(); // 区域通办: written with the case's row, no statement of their own
            c.owningHallCode = caseHalls.owning();
            c.pickupHallCode = caseHalls.pickup();
            NewCaseRows.add(writes, c, materials, reviewed.answered());
            CertificateTakeIn.record(writes, caseId, part.def(), request.certificates()); // after the case row it references
            SituationTakeIn.record(writes, c, part.def()); // the same
            // 帮办代办: the helper's assisted take-in names its help request, which gets the case
            outbox.publish(writes, AssistedTakeIn.record(writes, event, request.helpRequestId(), now));
            // the contact goes to issuance alone, on its own topic, never on the case topics
            if (c.contactPhone != null || c.contactEmail != null) {
                // a postal applicant (not in the hall) is sent what the window would hand over: the contact says so
                outbox.publish(writes, new ContactRecorded(caseId, c.contactPhone, c.contactEmail,
                        ctx.parcel() == null ? null : Channel.POST));
            }
            return Uni.createFrom().item(new TakenIn(c, materials));
        });
    }

    /** A case as taken in, with what it owes (empty when nothing). */
    private record TakenIn(IntakeCase intakeCase, List<DeferredMaterial> owed) {
    }

    private Uni<List<RelatedItems.Prompt>> relatedPrompts(Context ctx) {
        return catalogue.related(ctx.parts().stream().map(Part::def).toList(), ctx.now());
    }

    /**
     * 窗口无否决权: the return or refusal the window would give, recorded in this transaction for the mid desk's or the
     * chief representative's sign-off (signoff.service.SignOffs); the notice waits for its CONFIRM.
     */
    private Uni<TakeInResult> signOff(Context ctx, String kind, String noticeKind, Object content, String reasons,
                                      List<MaterialCheck.Problem> problems, TakeInResult.DeferralRefused refused) {
        var first = ctx.first();
        var applicant = ctx.request().applicant();
        return signOffs.request(new SignOffs.Refusal(kind, ctx.halls().takingCode(), noticeKind, content, reasons, problems,
                refused, ctx.parts().stream().map(p -> p.item().code).toList(),
                ctx.parts().stream().map(p -> p.item().departmentCode).toList(), first.item().code, first.item().version,
                ctx.parts().stream().map(Part::label).collect(Collectors.joining(",")), applicant.kind(), applicant.name(),
                applicant.idNumber(), first.delegation().delegation() == null ? null : first.delegation().delegation().id,
                ctx.request().parcelId(), ctx.clerk(), ctx.acting(first), ctx.now())).map(TakeInResult.class::cast);
    }

    private Uni<IntakeNotice> recordNotice(Context ctx, String kind, Object content) {
        return caseNumbers.next(ctx.halls().takingCode() + "-N", LocalDate.ofInstant(ctx.now(), clock.getZone())).flatMap(number -> {
            var first = ctx.first();
            var n = new IntakeNotice();
            n.noticeNumber = number;
            n.kind = kind;
            n.itemCode = first.item().code;
            n.catalogueVersion = first.item().version;
            n.items = ctx.parts().stream().map(Part::label).collect(Collectors.joining(","));
            n.applicantName = ctx.request().applicant().name();
            n.content = writeJson(content);
            n.clerkId = ctx.clerk().userId();
            n.clerkName = ctx.clerk().name();
            n.delegationId = first.delegation().delegation() == null ? null : first.delegation().delegation().id;
            n.issuedAt = ctx.now();
            var event = new WindowNoticeIssued(number, kind, n.itemCode, n.catalogueVersion, n.items, n.applicantName, content,
                    n.issuedAt, ctx.acting(first));
            return n.<IntakeNotice>persist().call(() -> outbox.publish(event));
        });
    }

    private String writeJson(Object content) {
        try {
            return json.writeValueAsString(content);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** Request checks that need no database: delivery address, identity number check digits. */
    static ProblemException checkRequest(TakeIn request) {
        if (request.selectionsGiven() != 1) {
            return ProblemException.invalid("choose-items", "请选择事项：itemCode（一个事项）、itemCodes（多个事项）或 bundleCode（一件事套餐）三者选其一",
                    "Choose the items: exactly one of itemCode, itemCodes or bundleCode");
        }
        if (DeliveryMethod.EXPRESS_MAIL.name().equals(request.deliveryMethod())
                && (request.deliveryAddress() == null || request.deliveryAddress().isBlank())) {
            return ProblemException.invalid("delivery-address-missing", "选择邮寄送达时必须填写邮寄地址",
                    "A delivery address is required for express mail");
        }
        // each fault has its own message: a clerk told "length, birth date or check digit" does not know what to look at
        String id = request.applicant().idNumber();
        var personFault = "PERSON".equals(request.applicant().kind()) ? IdentityNumbers.residentIdFault(id) : null;
        if (personFault != null) {
            var m = IdentityMessages.residentId(personFault, id, "居民身份证号码", "The resident ID number");
            return ProblemException.invalid("invalid-id-number", m.zh(), m.en());
        }
        var codeFault = "ORGANISATION".equals(request.applicant().kind()) ? IdentityNumbers.creditCodeFault(id) : null;
        if (codeFault != null) {
            var m = IdentityMessages.creditCode(codeFault, id);
            return ProblemException.invalid("invalid-credit-code", m.zh(), m.en());
        }
        var agentFault = request.agent() == null ? null : IdentityNumbers.residentIdFault(request.agent().idNumber());
        if (agentFault != null) {
            var m = IdentityMessages.residentId(agentFault, request.agent().idNumber(), "代办人居民身份证号码",
                    "The agent's resident ID number");
            return ProblemException.invalid("invalid-agent-id-number", m.zh(), m.en());
        }
        return null;
    }

    /**
     * Owed materials arrive (at the window or by mail): each is marked supplied; when none is owed any
     * more the case is whole again and the back office is told.
     */
    @WithTransaction
    public Uni<List<DeferredMaterial>> supplyOwed(String caseId, List<String> materialCodes, Actor clerk) {
        var now = clock.instant();
        return find(caseId).flatMap(c -> DeferredMaterial.<DeferredMaterial>list("caseId = ?1", caseId).flatMap(owed -> {
            var open = owed.stream().filter(m -> m.suppliedAt == null).collect(Collectors.toMap(m -> m.materialCode, m -> m));
            var unknown = materialCodes.stream().filter(code -> !open.containsKey(code)).toList();
            if (open.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.conflict("nothing-owed", "该办件没有待补交的材料",
                        "Nothing is owed for this case"));
            }
            if (!unknown.isEmpty()) {
                return Uni.createFrom().failure(ProblemException.invalid("not-owed",
                        "以下材料不在待补交清单中：" + String.join("、", unknown), "Not owed for this case: " + String.join(", ", unknown)));
            }
            materialCodes.forEach(code -> open.get(code).suppliedAt = now);
            boolean complete = owed.stream().allMatch(m -> m.suppliedAt != null);
            var event = new DeferredMaterialsSupplied(caseId, materialCodes, complete, now, clerk);
            if (complete) {
                // whole again: back to where the back office's request found it, or (容缺) accepted
                var found = c.statusBeforeRequest();
                c.becomes(found != null && found != IntakeCaseStatus.ACCEPTED_WITH_DEFERRED_MATERIALS ? found : IntakeCaseStatus.ACCEPTED);
                c.statusBeforeRequest = null;
            }
            return outbox.publish(event).replaceWith(owed);
        }));
    }

    @WithSession
    public Uni<IntakeCase> find(String caseId) {
        return IntakeCase.<IntakeCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("办件 case", caseId));
    }

    private static ProblemException unknownItem(String code) {
        return new ProblemException(422, "unknown-item", "事项清单中没有现行有效的事项：" + code,
                "No catalogue item in force with code " + code);
    }

}
