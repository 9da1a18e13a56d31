package cn.onewindow.intake.commitment.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.security.Posts;
import cn.onewindow.intake.commitment.service.CommitmentDocuments;
import cn.onewindow.intake.documents.rest.DocumentResource;
import io.smallrye.mutiny.Uni;

/** The commitments a case's applicant signed in place of proofs (证明事项告知承诺书), printable as the case's other documents. */
@Path("/api/cases/{caseId}/commitments")
public class CommitmentResource {
    private final CommitmentDocuments documents;

    public CommitmentResource(CommitmentDocuments documents) {
        this.documents = documents;
    }

    /** One signed commitment as a PDF (two copies: the applicant's and the file's). */
    @GET
    @Path("/{materialCode}/document")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.SUPERVISOR, Posts.ISSUANCE_CLERK})
    public Uni<Response> document(@PathParam("caseId") String caseId, @PathParam("materialCode") String materialCode) {
        return documents.pdf(caseId, materialCode)
                .map(pdf -> DocumentResource.pdf(pdf, CommitmentDocuments.number(caseId, materialCode)));
    }
}
