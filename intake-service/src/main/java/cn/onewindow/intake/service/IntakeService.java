package cn.onewindow.intake.service;

import java.time.Clock;
import java.time.LocalDate;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.common.events.Actor;
import cn.onewindow.common.events.CaseEventTypes;
import cn.onewindow.common.events.Topics;
import cn.onewindow.common.events.cases.CaseAccepted;
import cn.onewindow.common.outbox.Outbox;
import cn.onewindow.common.problem.ProblemException;
import cn.onewindow.intake.model.CatalogueItem;
import cn.onewindow.intake.model.IntakeCase;
import cn.onewindow.intake.rest.RegisterCaseRequest;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/** Window intake: takes a file in, numbers it and announces it, in one transaction. */
@ApplicationScoped
public class IntakeService {
    private final Outbox outbox;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final String hall;

    public IntakeService(Outbox outbox, CaseNumbers caseNumbers, Clock clock,
                         @ConfigProperty(name = "onewindow.hall.code") String hall) {
        this.outbox = outbox;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.hall = hall;
    }

    @WithTransaction
    public Uni<IntakeCase> acceptOnTheSpot(RegisterCaseRequest request, Actor clerk) {
        if ("EXPRESS_MAIL".equals(request.deliveryMethod())
                && (request.deliveryAddress() == null || request.deliveryAddress().isBlank())) {
            return Uni.createFrom().failure(ProblemException.invalid("delivery-address-missing",
                    "选择邮寄送达时必须填写邮寄地址", "A delivery address is required for express mail"));
        }
        var now = clock.instant();
        return CatalogueItem.inForce(request.itemCode(), now)
                .onItem().ifNull().failWith(() -> new ProblemException(422, "unknown-item",
                        "事项清单中没有现行有效的事项：" + request.itemCode(),
                        "No catalogue item in force with code " + request.itemCode()))
                .flatMap(item -> caseNumbers.next(hall, LocalDate.ofInstant(now, clock.getZone()))
                        .flatMap(caseId -> {
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
                            c.intakePath = IntakePath.ACCEPTED_ON_SPOT.name();
                            c.status = "ACCEPTED";
                            c.firstHandlerId = clerk.userId();
                            c.firstHandlerName = clerk.name();
                            c.firstHandlerPost = clerk.post();
                            c.acceptedAt = now;
                            Actor acting = clerk.under(null, item.code + "@v" + item.version);
                            var event = new CaseAccepted(caseId, item.code, item.name, item.version, item.departmentCode,
                                    item.departmentName, item.itemType, item.statutoryDays, item.promisedDays,
                                    c.applicantKind, c.applicantName, c.deliveryMethod, c.intakePath, now, acting);
                            return c.<IntakeCase>persist()
                                    .call(() -> outbox.caseEvent(Topics.INTAKE_CASE, caseId, CaseEventTypes.CASE_ACCEPTED, event));
                        }));
    }

    @WithSession
    public Uni<IntakeCase> find(String caseId) {
        return IntakeCase.<IntakeCase>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("办件 case", caseId));
    }
}
