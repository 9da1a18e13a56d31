package cn.onewindow.issuance.service;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.ClockProducer;
import cn.onewindow.documents.DocumentRenderer;
import cn.onewindow.issuance.domain.WrittenDecision;
import cn.onewindow.issuance.model.IssuanceRecord;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The written decision of a negative outcome as a printable PDF (不予受理决定书, 不予许可决定书, 终止办理决定书),
 * rendered from what its issuance record kept, so it reads the same however often it is printed.
 */
@ApplicationScoped
public class WrittenDecisions {
    /** Served to the applicant, and the department's file copy. */
    static final List<String> COPIES = List.of("送达申请人联 Applicant's copy", "存档联 File copy");
    private final DocumentRenderer renderer;

    public WrittenDecisions(@ConfigProperty(name = "onewindow.documents.font") String font) {
        this.renderer = new DocumentRenderer(new java.io.File(font));
    }

    public static boolean isNegative(String outcome) {
        return WrittenDecision.isNegative(outcome);
    }

    public static WrittenDecision of(IssuanceRecord r) {
        return new WrittenDecision(r.caseId, r.outcome, r.resultTitle, r.applicantName, r.itemCode, r.itemName, r.reasons,
                r.legalBasis, r.authority, r.remedies, r.decidedAt);
    }

    /** Where the API offers the letter (the issuance record's view links it). */
    public static String path(String caseId) {
        return "/api/issuance/" + caseId + "/decision-letter/pdf";
    }

    /** The letter, rendered off the event loop. */
    public Uni<byte[]> pdf(String caseId) {
        return find(caseId).map(r -> {
                    WrittenDecision d = of(r);
                    // a written decision is not looked up publicly: no verification code, no QR code
                    return new DocumentRenderer.Document(d.letterTitle(), r.caseId, null,
                            d.lines(r.departmentCode, ClockProducer.HALL_ZONE), COPIES);
                })
                .emitOn(Infrastructure.getDefaultWorkerPool()).map(renderer::render);
    }

    /** The issuance record of a case decided negatively; 404 when there is none (an approval has its certificate). */
    @WithSession
    public Uni<IssuanceRecord> find(String caseId) {
        return IssuanceRecord.<IssuanceRecord>findById(caseId)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("待出件结果 result", caseId))
                .invoke(r -> {
                    if (!isNegative(r.outcome)) {
                        throw new ProblemException(404, "no-decision-letter",
                                "该办件的办理结果不是书面决定（" + r.outcome + "），请查看其电子证照",
                                "This case's result is not a written decision (" + r.outcome + "); see its e-certificate");
                    }
                });
    }
}
