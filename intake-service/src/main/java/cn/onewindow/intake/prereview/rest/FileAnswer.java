package cn.onewindow.intake.prereview.rest;

import jakarta.ws.rs.core.Response;

import cn.onewindow.intake.prereview.model.PreReviewFile;

/**
 * An uploaded file served back: as the type its bytes showed, always as a download (never shown inline), never
 * re-guessed by the browser (nosniff), and sandboxed should a browser render it anyway (no script, no same origin).
 */
final class FileAnswer {
    private FileAnswer() {
    }

    static Response of(PreReviewFile f) {
        String extension = switch (f.contentType) {
            case "application/pdf" -> "pdf";
            case "image/jpeg" -> "jpg";
            default -> "png";
        };
        // the name is ours (material code and the type's extension): the applicant's file name is never put in a header
        return Response.ok(f.content, f.contentType)
                .header("Content-Disposition", "attachment; filename=\"" + f.materialCode + "." + extension + "\"")
                .header("X-Content-Type-Options", "nosniff")
                .header("Content-Security-Policy", "sandbox")
                .header("Cache-Control", "private, no-store")
                .build();
    }
}
