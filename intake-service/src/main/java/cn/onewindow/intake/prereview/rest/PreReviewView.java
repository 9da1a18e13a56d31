package cn.onewindow.intake.prereview.rest;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import cn.onewindow.contracts.catalogue.ItemDefinition;
import cn.onewindow.intake.prereview.model.PreReview;
import cn.onewindow.intake.prereview.model.PreReviewFile;
import cn.onewindow.intake.prereview.rules.PreReviewRules;
import cn.onewindow.intake.prereview.service.PreReviewService;

/** A pre-review as the applicant and the pre-review post see it (the applicant's own number is never shown). */
public final class PreReviewView {
    private PreReviewView() {
    }

    /** A line of a list: the queue (oldest first, with the due time and whether it is past) or the applicant's own. */
    public record Summary(UUID id, String itemCode, String status, String applicantKind, String applicantName,
                          Instant createdAt, Instant submittedAt, Instant dueAt, boolean overdue, Instant answeredAt,
                          Boolean answeredLate, String caseId) {
        static Summary of(PreReview p, Instant now) {
            return new Summary(p.id, p.itemCode, p.status, p.applicantKind, p.applicantName, p.createdAt, p.submittedAt,
                    p.dueAt, p.overdue(now), p.answeredAt, p.answeredLate, p.caseId);
        }
    }

    /**
     * One material of the item with its file, if any ({@code href}: where the file is read, under this service's /api),
     * and for a material with no file the pass's mark: NOT_APPLICABLE, or BRING_TO_WINDOW ("bring it to the window").
     */
    public record Material(String code, String name, boolean key, boolean originalToVerify, File file,
                           PreReviewRules.Mark mark) {
    }

    public record File(String materialCode, String contentType, String fileName, int sizeBytes, String sha256,
                       Instant uploadedAt, String href) {
        static File of(PreReviewFile.Info f, String base) {
            return new File(f.materialCode(), f.contentType(), f.fileName(), f.sizeBytes(), f.sha256(), f.uploadedAt(),
                    base + "/files/" + f.materialCode());
        }
    }

    public record Detail(UUID id, String itemCode, String itemName, int catalogueVersion, String status,
                         String applicantKind, String applicantName, String agentName, String contactPhone, String contactEmail,
                         int submission, Instant createdAt, Instant submittedAt, Instant dueAt, boolean overdue,
                         Instant answeredAt, Boolean answeredLate, String reviewerName,
                         PreReviewService.Notice notice, UUID appointmentId, Boolean comeAnyTime, String caseId,
                         List<Material> materials, List<File> files) {
        static Detail of(PreReviewService.Detail d, PreReviewService.Notice notice, Map<String, PreReviewRules.Mark> marks,
                         Instant now, String base) {
            var p = d.preReview();
            List<File> files = d.files().stream().map(f -> File.of(f, base)).toList();
            List<Material> materials = d.item().materials().stream().map((ItemDefinition.Material m) -> new Material(m.code(),
                    m.name(), m.key(), m.originalToVerify(),
                    files.stream().filter(f -> f.materialCode().equals(m.code())).findFirst().orElse(null),
                    marks.get(m.code()))).toList();
            return new Detail(p.id, p.itemCode, d.item().name(), p.catalogueVersion, p.status, p.applicantKind, p.applicantName,
                    p.agentName, p.contactPhone, p.contactEmail, p.submission, p.createdAt, p.submittedAt, p.dueAt,
                    p.overdue(now), p.answeredAt, p.answeredLate, p.reviewerName, notice, p.appointmentId, p.comeAnyTime,
                    p.caseId, materials, files);
        }
    }
}
