package cn.onewindow.intake.commitment.service;

import java.io.File;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.documents.DocumentRenderer;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.ClockProducer;
import cn.onewindow.intake.app.HallSettings;
import cn.onewindow.intake.commitment.model.CaseCommitment;
import cn.onewindow.intake.documents.service.DocumentCodes;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;

/**
 * The printable commitment (证明事项告知承诺书) of one promised material, as the window's other documents are made
 * (documents.service.DocumentService): the words as signed, the case number, and a verification code (an HMAC of
 * number and kind under the hall's key, {@link DocumentCodes}); two copies, the applicant's and the file's.
 */
@ApplicationScoped
public class CommitmentDocuments {
    static final String KIND = "COMMITMENT";
    static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy年M月d日 HH:mm").withZone(ClockProducer.HALL_ZONE);
    static final List<String> COPIES = List.of("第一联 申请人留存", "第二联 随卷存档");

    private final DocumentRenderer renderer;
    private final DocumentCodes codes;
    private final String hallName;

    public CommitmentDocuments(@ConfigProperty(name = "onewindow.documents.font") String font, DocumentCodes codes,
                               HallSettings hall) {
        this.renderer = new DocumentRenderer(new File(font));
        this.codes = codes;
        this.hallName = hall.name();
    }

    /** The commitment's PDF: read in a session, rendered on a worker thread after it closes. */
    public Uni<byte[]> pdf(String caseId, String materialCode) {
        return read(caseId, materialCode).map(this::document)
                .emitOn(Infrastructure.getDefaultWorkerPool()).map(renderer::render);
    }

    /** The number a commitment is printed and verified under: its case's, with the material. */
    public static String number(String caseId, String materialCode) {
        return caseId + "-" + materialCode;
    }

    @WithSession
    Uni<CaseCommitment> read(String caseId, String materialCode) {
        return CaseCommitment.<CaseCommitment>findById(new CaseCommitment.Key(caseId, materialCode))
                .onItem().ifNull().failWith(() -> ProblemException.notFound("告知承诺书 commitment", number(caseId, materialCode)));
    }

    DocumentRenderer.Document document(CaseCommitment c) {
        String number = number(c.caseId, c.materialCode);
        List<String> lines = new ArrayList<>();
        lines.add("办件编号：" + c.caseId);
        lines.addAll(List.of(c.text.split("\n")));
        lines.add("签署时间：" + MINUTE.format(c.signedAt));
        return new DocumentRenderer.Document(hallName + " 证明事项告知承诺书", number, codes.code(number, KIND), lines, COPIES);
    }
}
