package cn.onewindow.intake.documents.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.security.Posts;
import cn.onewindow.intake.documents.service.DocumentService;
import cn.onewindow.intake.takein.rest.CaseResource;
import io.smallrye.mutiny.Uni;

/**
 * Printable PDFs of the notices that took nothing in. (A case's own document is served by
 * {@link CaseResource}: JAX-RS matches the longest class path first, so it must live there.)
 */
@Path("/api/notices")
public class DocumentResource {
    private final DocumentService documents;

    public DocumentResource(DocumentService documents) {
        this.documents = documents;
    }

    /** A notice that took nothing in: one-time notice or return notice. */
    @GET
    @Path("/{number}/document")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.SUPERVISOR})
    public Uni<Response> noticeDocument(@PathParam("number") String number) {
        return documents.forNotice(number).map(pdf -> pdf(pdf, number));
    }

    public static Response pdf(byte[] pdf, String name) {
        return Response.ok(pdf, "application/pdf").header("Content-Disposition", "inline; filename=\"" + name + ".pdf\"").build();
    }
}
