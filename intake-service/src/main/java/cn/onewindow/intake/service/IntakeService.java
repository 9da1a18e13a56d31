package cn.onewindow.intake.service;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Map;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.common.events.Actor;
import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.Topics;
import cn.onewindow.common.events.cases.CaseAccepted;
import cn.onewindow.common.outbox.Outbox;
import cn.onewindow.common.problem.ProblemException;
import cn.onewindow.intake.domain.IntakePathDecider;
import cn.onewindow.intake.domain.IntakePathDecider.Path;
import cn.onewindow.intake.domain.ItemDefinition;
import cn.onewindow.intake.domain.MaterialCheck;
import cn.onewindow.intake.domain.Power;
import cn.onewindow.intake.model.CatalogueItem;
import cn.onewindow.intake.model.IntakeCase;
import cn.onewindow.intake.rest.CaseView;
import cn.onewindow.intake.rest.IntakeOutcome;
import cn.onewindow.intake.rest.RegisterCaseRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Window intake: reads the catalogue version and the delegation in force at this moment, checks the
 * materials, decides the path, and takes the file in — numbering it and announcing it in the same
 * transaction — or says in one notice everything that is missing, taking nothing in.
 */
@ApplicationScoped
public class IntakeService {
    private final Outbox outbox;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final String hall;
    private final CatalogueService catalogue;
    private final DelegationService delegations;

    public IntakeService(Outbox outbox, CaseNumbers caseNumbers, Clock clock, CatalogueService catalogue,
                         DelegationService delegations, @ConfigProperty(name = "onewindow.hall.code") String hall) {
        this.outbox = outbox;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.catalogue = catalogue;
        this.delegations = delegations;
        this.hall = hall;
    }

    @WithTransaction
    public Uni<IntakeOutcome> takeIn(RegisterCaseRequest request, Actor clerk) {
        if ("EXPRESS_MAIL".equals(request.deliveryMethod())
                && (request.deliveryAddress() == null || request.deliveryAddress().isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalid("delivery-address-missing",
                    "选择邮寄送达时必须填写邮寄地址", "A delivery address is required for express mail"));
        }
        var now = clock.instant();
        return CatalogueItem.inForce(request.itemCode(), now)
                .onItem().ifNull().failWith(() -> unknownItem(request.itemCode()))
                .invoke(item -> {
                    if (item.cancelled()) {
                        throw unknownItem(request.itemCode());
                    }
                })
                .flatMap(item -> delegations.inForce(item.code, now, clock.getZone()).flatMap(delegation -> {
                    ItemDefinition def = catalogue.read(item);
                    if (!def.deliveryModes().contains(request.deliveryMethod())) {
                        return Uni.createFrom().failure(ProblemException.invalid("delivery-mode-not-offered",
                                "该事项不提供此送达方式：" + request.deliveryMethod(),
                                "This item does not offer delivery by " + request.deliveryMethod()));
                    }
                    var decision = IntakePathDecider.decide(item.itemType, delegation.powers());
                    if (decision.path() == Path.NOT_DELEGATED) {
                        return Uni.createFrom().failure(ProblemException.forbidden("not-delegated",
                                decision.reasonZh() + "（" + item.code + " " + item.name + "）",
                                decision.reasonEn() + " (" + item.code + ")"));
                    }
                    Map<String, MaterialCheck.Status> checklist = request.materials().stream().collect(Collectors.toMap(
                            RegisterCaseRequest.MaterialStatus::code, m -> MaterialCheck.Status.valueOf(m.status()), (a, b) -> b));
                    var problems = MaterialCheck.problems(def, checklist, delegation.powers().contains(Power.VERIFY_ORIGINALS));
                    if (!problems.isEmpty()) {
                        // 一次性告知: everything at once, and nothing is taken in
                        return Uni.createFrom().item(new IntakeOutcome("ONE_TIME_NOTICE",
                                "申请材料不齐全或不符合法定形式，一次性告知需补正的全部内容",
                                "Materials incomplete or not in the required form; everything to correct is listed once",
                                "ONE_TIME_NOTICE", null, problems));
                    }
                    Actor acting = clerk.under(delegation.delegation().id.toString(), item.code + "@v" + item.version);
                    return register(request, item, decision, delegation.delegation().id, acting)
                            .map(c -> new IntakeOutcome(decision.path().name(), decision.reasonZh(), decision.reasonEn(),
                                    decision.document().name(), CaseView.of(c), java.util.List.of()));
                }));
    }

    private Uni<IntakeCase> register(RegisterCaseRequest request, CatalogueItem item, IntakePathDecider.Decision decision,
                                     java.util.UUID delegationId, Actor acting) {
        var now = clock.instant();
        return caseNumbers.next(hall, LocalDate.ofInstant(now, clock.getZone())).flatMap(caseId -> {
            var c = new IntakeCase();
            c.caseId = caseId;
            c.itemCode = item.code;
            c.catalogueVersion = item.version;
            c.departmentCode = item.departmentCode;
            c.applicantKind = request.applicant().kind();
            c.applicantName = request.applicant().name();
            c.applicantId = request.applicant().idNumber();
            c.deliveryMethod = request.deliveryMethod();
            c.deliveryAddress = request.deliveryAddress();
            c.intakePath = decision.path().name();
            c.documentKind = decision.document().name();
            c.status = decision.path() == Path.RECEIVED_ONLY || decision.path() == Path.BACK_OFFICE_ACCEPTANCE_WHILE_WAITING
                    ? "RECEIVED" : "ACCEPTED";
            c.delegationId = delegationId;
            c.firstHandlerId = acting.userId();
            c.firstHandlerName = acting.name();
            c.firstHandlerPost = acting.post();
            c.acceptedAt = now;
            var event = new CaseAccepted(caseId, item.code, item.name, item.version, item.departmentCode,
                    item.departmentName, item.itemType, item.statutoryDays, item.promisedDays,
                    c.applicantKind, c.applicantName, c.deliveryMethod, c.intakePath, now, acting);
            return c.<IntakeCase>persist()
                    .call(() -> outbox.caseEvent(Topics.INTAKE_CASE, caseId, CaseEventTypes.CASE_ACCEPTED, event));
        });
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
