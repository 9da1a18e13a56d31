package cn.onewindow.intake.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.common.events.Actor;
import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.Topics;
import cn.onewindow.common.events.cases.CaseAccepted;
import cn.onewindow.common.outbox.Outbox;
import cn.onewindow.common.problem.ProblemException;
import cn.onewindow.common.time.CalendarHolder;
import cn.onewindow.intake.domain.DeferralRules;
import cn.onewindow.intake.domain.IdentityNumbers;
import cn.onewindow.intake.domain.IntakePathDecider;
import cn.onewindow.intake.domain.IntakePathDecider.Path;
import cn.onewindow.intake.domain.ItemDefinition;
import cn.onewindow.intake.domain.MaterialCheck;
import cn.onewindow.intake.domain.Power;
import cn.onewindow.intake.model.ApplicantCredit;
import cn.onewindow.intake.model.CatalogueItem;
import cn.onewindow.intake.model.DeferredMaterial;
import cn.onewindow.intake.model.IntakeCase;
import cn.onewindow.intake.model.IntakeNotice;
import cn.onewindow.intake.rest.CaseView;
import cn.onewindow.intake.rest.IntakeOutcome;
import cn.onewindow.intake.rest.RegisterCaseRequest;
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
public class IntakeService {
    static final String DEFERRED = "ACCEPTED_WITH_DEFERRED_MATERIALS";
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

    public IntakeService(Outbox outbox, CaseNumbers caseNumbers, Clock clock, CatalogueService catalogue,
                         DelegationService delegations, CalendarHolder calendars, ObjectMapper json,
                         @ConfigProperty(name = "onewindow.hall.code") String hall) {
        this.outbox = outbox;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.catalogue = catalogue;
        this.delegations = delegations;
        this.calendars = calendars;
        this.json = json;
        this.hall = hall;
    }

    /** Everything the intake decision reads, at one instant. */
    record Context(RegisterCaseRequest request, CatalogueItem item, ItemDefinition def,
                   DelegationService.InForce delegation, Actor clerk, Instant now) {
        Actor acting() {
            return clerk.under(delegation.delegation().id.toString(), item.code + "@v" + item.version);
        }
    }

    @WithTransaction
    public Uni<IntakeOutcome> takeIn(RegisterCaseRequest request, Actor clerk) {
        var invalid = checkRequest(request);
        if (invalid != null) {
            return Uni.createFrom().failure(invalid);
        }
        var now = clock.instant();
        return CatalogueItem.inForce(request.itemCode(), now)
                .onItem().ifNull().failWith(() -> unknownItem(request.itemCode()))
                .invoke(item -> {
                    if (item.cancelled()) {
                        throw unknownItem(request.itemCode());
                    }
                })
                .flatMap(item -> delegations.inForce(item.code, now, clock.getZone())
                        .flatMap(d -> decide(new Context(request, item, catalogue.read(item), d, clerk, now))));
    }

    private Uni<IntakeOutcome> decide(Context ctx) {
        var request = ctx.request();
        if (!ctx.def().deliveryModes().contains(request.deliveryMethod())) {
            return Uni.createFrom().failure(ProblemException.invalid("delivery-mode-not-offered",
                    "该事项不提供此送达方式：" + request.deliveryMethod(), "This item does not offer delivery by " + request.deliveryMethod()));
        }
        var decision = IntakePathDecider.decide(ctx.item().itemType, ctx.delegation().powers());
        if (decision.path() == Path.NOT_DELEGATED) {
            return Uni.createFrom().failure(ProblemException.forbidden("not-delegated",
                    decision.reasonZh() + "（" + ctx.item().code + " " + ctx.item().name + "）", decision.reasonEn() + " (" + ctx.item().code + ")"));
        }
        if (request.outOfScopeReason() != null && !request.outOfScopeReason().isBlank()) {
            // 不予受理: returned with written reasons, nothing taken in
            return recordNotice(ctx, "RETURN_NOTICE", Map.of("reasons", request.outOfScopeReason()))
                    .map(n -> new IntakeOutcome("RETURNED_OUT_OF_SCOPE", "不属于本事项受理范围，书面说明理由后退回",
                            "Not within the item's scope: returned with written reasons", "RETURN_NOTICE", null, n.noticeNumber,
                            List.of(), List.of()));
        }
        Map<String, MaterialCheck.Status> checklist = request.materials().stream().collect(Collectors.toMap(
                RegisterCaseRequest.MaterialStatus::code, m -> MaterialCheck.Status.valueOf(m.status()), (a, b) -> b,
                java.util.HashMap::new));
        if (request.agent() != null && MaterialCheck.Status.NOT_APPLICABLE == checklist.get(POWER_OF_ATTORNEY)) {
            checklist.put(POWER_OF_ATTORNEY, MaterialCheck.Status.MISSING); // an agent always needs the power of attorney
        }
        var problems = MaterialCheck.problems(ctx.def(), checklist, ctx.delegation().powers().contains(Power.VERIFY_ORIGINALS));
        if (problems.isEmpty()) {
            return register(ctx, decision.path().name(), decision.document().name(), List.of())
                    .map(c -> new IntakeOutcome(decision.path().name(), decision.reasonZh(), decision.reasonEn(),
                            decision.document().name(), CaseView.of(c), null, List.of(), List.of()));
        }
        if (request.deferral() != null) {
            return deferred(ctx, problems);
        }
        // 一次性告知: everything at once, recorded, and nothing is taken in
        return recordNotice(ctx, "ONE_TIME_NOTICE", Map.of("problems", problems))
                .map(n -> new IntakeOutcome("ONE_TIME_NOTICE", "申请材料不齐全或不符合法定形式，一次性告知需补正的全部内容",
                        "Materials incomplete or not in the required form; everything to correct is listed once",
                        "ONE_TIME_NOTICE", null, n.noticeNumber, problems, List.of()));
    }

    /** 容缺受理 when every rule holds; otherwise a refusal with every reason, and nothing stored. */
    private Uni<IntakeOutcome> deferred(Context ctx, List<MaterialCheck.Problem> problems) {
        var deferral = ctx.request().deferral();
        int promised = ctx.item().promisedDays;
        int due = deferral.dueWorkingDays() == null ? promised : deferral.dueWorkingDays();
        if (due > promised) {
            return Uni.createFrom().failure(ProblemException.invalid("deferral-deadline-too-long",
                    "容缺补交期限不得超过事项承诺时限（" + promised + "个工作日）",
                    "The supplement deadline may not exceed the item's promised limit (" + promised + " working days)"));
        }
        return ApplicantCredit.<ApplicantCredit>findById(ctx.request().applicant().idNumber()).flatMap(credit -> {
            var verdict = DeferralRules.check(ctx.def(), problems,
                    credit == null ? null : new DeferralRules.Credit(credit.blacklisted, credit.creditLevel),
                    deferral.commitmentSigned(), ctx.delegation().powers());
            if (!verdict.allowed()) {
                return Uni.createFrom().failure(new ProblemException(422, "deferral-refused",
                        "不能容缺受理：" + String.join("；", verdict.reasonsZh()),
                        "Deferred materials refused: " + String.join("; ", verdict.reasonsEn())));
            }
            Instant dueAt = calendars.calendar().deadline(ctx.now(), due);
            List<IntakeOutcome.Owed> owed = problems.stream().map(p -> new IntakeOutcome.Owed(p.code(), p.name(), dueAt)).toList();
            return register(ctx, DEFERRED, "DEFERRAL_NOTICE", owed)
                    .map(c -> new IntakeOutcome(DEFERRED, "容缺受理：次要材料缺失，申请人已签署承诺书，限期补交",
                            "Accepted with deferred secondary materials on the applicant's signed commitment", "DEFERRAL_NOTICE",
                            CaseView.of(c), null, problems, owed));
        });
    }

    private Uni<IntakeCase> register(Context ctx, String path, String document, List<IntakeOutcome.Owed> owed) {
        var request = ctx.request();
        var item = ctx.item();
        var now = ctx.now();
        Actor acting = ctx.acting();
        return caseNumbers.next(hall, LocalDate.ofInstant(now, clock.getZone())).flatMap(caseId -> {
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
            c.deliveryMethod = request.deliveryMethod();
            c.deliveryAddress = request.deliveryAddress();
            c.intakePath = path;
            c.documentKind = document;
            c.status = Path.RECEIVED_ONLY.name().equals(path) || Path.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING.name().equals(path)
                    ? "RECEIVED" : DEFERRED.equals(path) ? "ACCEPTED_WITH_DEFERRAL" : "ACCEPTED";
            c.delegationId = ctx.delegation().delegation().id;
            c.firstHandlerId = acting.userId();
            c.firstHandlerName = acting.name();
            c.firstHandlerPost = acting.post();
            c.acceptedAt = now;
            var event = new CaseAccepted(caseId, item.code, item.name, item.version, item.departmentCode,
                    item.departmentName, item.itemType, item.statutoryDays, item.promisedDays,
                    c.applicantKind, c.applicantName, c.deliveryMethod, c.intakePath, now, acting);
            return c.<IntakeCase>persist()
                    .call(() -> Multi.createFrom().iterable(owed).onItem().transformToUniAndConcatenate(o -> {
                        var m = new DeferredMaterial();
                        m.caseId = caseId;
                        m.materialCode = o.code();
                        m.materialName = o.name();
                        m.dueAt = o.dueAt();
                        return m.persist();
                    }).collect().last())
                    .call(() -> outbox.caseEvent(Topics.INTAKE_CASE, caseId, CaseEventTypes.CASE_ACCEPTED, event));
        });
    }

    private Uni<IntakeNotice> recordNotice(Context ctx, String kind, Object content) {
        return caseNumbers.next(hall + "-N", LocalDate.ofInstant(ctx.now(), clock.getZone())).flatMap(number -> {
            var n = new IntakeNotice();
            n.noticeNumber = number;
            n.kind = kind;
            n.itemCode = ctx.item().code;
            n.catalogueVersion = ctx.item().version;
            n.applicantName = ctx.request().applicant().name();
            try {
                n.content = json.writeValueAsString(content);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
            n.clerkId = ctx.clerk().userId();
            n.clerkName = ctx.clerk().name();
            n.delegationId = ctx.delegation().delegation() == null ? null : ctx.delegation().delegation().id;
            n.issuedAt = ctx.now();
            var event = Map.of("noticeNumber", number, "kind", kind, "itemCode", n.itemCode, "catalogueVersion", n.catalogueVersion,
                    "applicantName", n.applicantName, "content", content, "issuedAt", n.issuedAt.toString(), "actor", ctx.acting());
            return n.<IntakeNotice>persist()
                    .call(() -> outbox.publish(Topics.INTAKE_CASE, "notice", number, CaseEventTypes.NOTICE_ISSUED, event));
        });
    }

    /** Request checks that need no database: delivery address, identity number check digits. */
    static ProblemException checkRequest(RegisterCaseRequest request) {
        if ("EXPRESS_MAIL".equals(request.deliveryMethod())
                && (request.deliveryAddress() == null || request.deliveryAddress().isBlank())) {
            return ProblemException.invalid("delivery-address-missing", "选择邮寄送达时必须填写邮寄地址",
                    "A delivery address is required for express mail");
        }
        String id = request.applicant().idNumber();
        if ("PERSON".equals(request.applicant().kind()) && !IdentityNumbers.isResidentId(id)) {
            return ProblemException.invalid("invalid-id-number", "居民身份证号码有误（位数、出生日期或校验码不符）",
                    "The resident ID number is invalid (length, birth date or check digit)");
        }
        if ("ORGANISATION".equals(request.applicant().kind()) && !IdentityNumbers.isUnifiedSocialCreditCode(id)) {
            return ProblemException.invalid("invalid-credit-code", "统一社会信用代码有误（18位，校验码不符）",
                    "The unified social credit code is invalid (18 characters with a check character)");
        }
        if (request.agent() != null && !IdentityNumbers.isResidentId(request.agent().idNumber())) {
            return ProblemException.invalid("invalid-agent-id-number", "代办人居民身份证号码有误",
                    "The agent's resident ID number is invalid");
        }
        return null;
    }

    /**
     * Owed materials arrive (at the window or by mail): each is marked supplied; when none is owed any
     * more the case is whole again and the back office is told.
     */
    @WithTransaction
    public Uni<List<DeferredMaterial>> supplement(String caseId, List<String> materialCodes, Actor clerk) {
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
            var event = Map.of("caseId", caseId, "supplied", materialCodes, "complete", complete, "suppliedAt", now.toString(),
                    "actor", clerk);
            if (complete) {
                c.status = "ACCEPTED";
            }
            return outbox.caseEvent(Topics.INTAKE_CASE, caseId, CaseEventTypes.SUPPLEMENT_RECEIVED, event).replaceWith(owed);
        }));
    }

    @WithSession
    public Uni<IntakeCase> find(String caseId) {
        return IntakeCase.<IntakeCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("办件 case", caseId));
    }

    @WithSession
    public Uni<CaseView> view(String caseId) {
        return find(caseId).map(CaseView::of);
    }

    private static ProblemException unknownItem(String code) {
        return new ProblemException(422, "unknown-item", "事项清单中没有现行有效的事项：" + code,
                "No catalogue item in force with code " + code);
    }

}
