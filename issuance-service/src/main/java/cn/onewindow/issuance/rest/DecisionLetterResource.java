package cn.onewindow.issuance.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.security.Posts;
import cn.onewindow.issuance.service.WrittenDecisions;
import io.smallrye.mutiny.Uni;

/**
 * A negative decision's written decision (#22 item 10): what it says and the printable PDF, handed out at the
 * issuance window like any result — to the same posts that see a certificate. The view lives here, beside the
 * letter, rather than in {@code IssuanceView}: an approval has none.
 */
@Path("/api/issuance/{caseId}/decision-letter")
public class DecisionLetterResource {
    private final WrittenDecisions letters;

    public DecisionLetterResource(WrittenDecisions letters) {
        this.letters = letters;
    }

    /** What the letter says, as kept on the issuance record: reasons, legal basis, authority, remedies, due date. */
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.WINDOW_CLERK})
    public Uni<WrittenDecisionView> get(@PathParam("caseId") String caseId) {
        return letters.find(caseId).map(WrittenDecisionView::of);
    }

    @GET
    @Path("/pdf")
    @Produces({"application/pdf", "application/problem+json"})
    @RolesAllowed({Posts.ISSUANCE_CLERK, Posts.SUPERVISOR, Posts.WINDOW_CLERK})
    public Uni<Response> pdf(@PathParam("caseId") String caseId) {
        return letters.pdf(caseId).map(pdf -> Response.ok(pdf, "application/pdf")
                .header("Content-Disposition", "inline; filename=decision-" + caseId + ".pdf").build());
    }
}
