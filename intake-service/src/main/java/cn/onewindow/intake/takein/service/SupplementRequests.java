package cn.onewindow.intake.takein.service;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.events.SupplementNoticeIssued;
import cn.onewindow.contracts.events.SupplementRequested;
import cn.onewindow.contracts.vocabulary.IntakeCaseStatus;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.intake.takein.model.DeferredMaterial;
import cn.onewindow.intake.takein.model.IntakeCase;
import cn.onewindow.intake.takein.model.IntakeNotice;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * A back-office supplement request (补正告知) reaches the applicant through the window as one
 * numbered notice; what it asks for is owed by the case until handed in at the window (the same
 * supplements endpoint as 容缺). A later round (the back office may ask again only for a problem the newly
 * supplied material raised) carries its round and reason into the notice. Runs inside the inbox transaction of the
 * approval event.
 */
@ApplicationScoped
public class SupplementRequests {
    private final CaseNumbers numbers;
    private final Outbox outbox;
    private final ObjectMapper json;
    private final java.time.Clock clock;
    private final String hall;

    public SupplementRequests(CaseNumbers numbers, Outbox outbox, ObjectMapper json, java.time.Clock clock,
                              HallSettings hall) {
        this.numbers = numbers;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
        this.hall = hall.code();
    }

    public Uni<Void> record(SupplementRequested request) {
        return IntakeCase.<IntakeCase>findById(request.caseId())
                .onItem().ifNull().failWith(() -> new cn.onewindow.contracts.MalformedEventException(
                        "supplement request for a case intake never took in: " + request.caseId()))
                .flatMap(c -> numbers.next(hall + "-N", LocalDate.ofInstant(request.requestedAt(), clock.getZone()))
                        .flatMap(number -> {
                            // a further round while the case still waits keeps where the first request found it
                            var found = c.status();
                            c.becomes(IntakeCaseStatus.SUPPLEMENT_REQUESTED);
                            if (found != IntakeCaseStatus.SUPPLEMENT_REQUESTED) {
                                c.statusBeforeRequest = found.name();
                            }
                            var n = new IntakeNotice();
                            n.noticeNumber = number;
                            n.kind = "SUPPLEMENT_NOTICE";
                            n.caseId = c.caseId;
                            n.itemCode = c.itemCode;
                            n.catalogueVersion = c.catalogueVersion;
                            n.items = c.itemCode + "@v" + c.catalogueVersion;
                            n.applicantName = c.applicantName;
                            // a later round says why (a problem the newly supplied material raised): the applicant reads it
                            Map<String, Object> content = new LinkedHashMap<>();
                            content.put("department", request.departmentCode());
                            content.put("materials", request.materials());
                            if (request.repeat()) {
                                content.put("round", request.round());
                                content.put("reason", request.reason());
                            }
                            n.content = write(content);
                            n.clerkId = request.actor() == null ? "system" : request.actor().userId();
                            n.clerkName = request.actor() == null ? "system" : request.actor().name();
                            n.delegationId = c.delegationId;
                            n.issuedAt = request.requestedAt();
                            var event = new SupplementNoticeIssued(number, n.kind, c.caseId, c.itemCode, request.materials(),
                                    n.issuedAt, request.actor(), request.repeat() ? request.round() : null,
                                    request.repeat() ? request.reason() : null);
                            return n.persist()
                                    .call(() -> owe(c.caseId, request))
                                    .call(() -> outbox.publish(event));
                        }))
                .replaceWithVoid();
    }

    /** Each requested material is owed; one owed before (容缺) and since supplied is owed again. */
    private Uni<Void> owe(String caseId, SupplementRequested request) {
        return Multi.createFrom().iterable(request.materials()).onItem().transformToUniAndConcatenate(m ->
                DeferredMaterial.<DeferredMaterial>findById(new DeferredMaterial.Key(caseId, m.code())).flatMap(existing -> {
                    var row = existing != null ? existing : new DeferredMaterial();
                    row.caseId = caseId;
                    row.materialCode = m.code();
                    row.materialName = m.name();
                    row.reason = "REQUEST";
                    row.dueAt = null; // the department's clock stays stopped until supplied; no deadline of its own
                    row.dueWorkingDays = null;
                    row.suppliedAt = null;
                    return existing != null ? Uni.createFrom().item(row) : row.persist();
                })).collect().last().replaceWithVoid();
    }

    private String write(Object o) {
        try {
            return json.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
