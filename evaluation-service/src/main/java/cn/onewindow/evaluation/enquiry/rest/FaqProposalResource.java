package cn.onewindow.evaluation.enquiry.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.evaluation.enquiry.service.FaqService;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/** FAQ proposals from answered enquiries: the desk follows its own, the hall admin approves (or rejects) each once. */
@Path("/api/faq-proposals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class FaqProposalResource {
    private final FaqService faq;
    private final CurrentActor actor;

    public FaqProposalResource(FaqService faq, CurrentActor actor) {
        this.faq = faq;
        this.actor = actor;
    }

    /** {@code question}/{@code answer}: the admin's own wording, if it differs from the proposal's. */
    public record Decision(@NotNull @Pattern(regexp = "APPROVE|REJECT") String decision, @Size(max = 500) String question,
                           @Size(max = 2000) String answer, @Size(max = 1000) String note) {
    }

    @GET
    @RolesAllowed({Posts.HALL_ADMIN, Posts.ENQUIRY_DESK})
    public Uni<List<FaqProposalView>> list(@QueryParam("status") @DefaultValue("PENDING")
                                           @Pattern(regexp = "PENDING|APPROVED|REJECTED") String status) {
        return faq.list(status).map(l -> l.stream().map(FaqProposalView::of).toList());
    }

    @POST
    @Path("/{id}/approval")
    @RolesAllowed(Posts.HALL_ADMIN)
    public Uni<FaqProposalView> decide(@PathParam("id") long id, @NotNull @Valid Decision d) {
        return faq.decide(id, "APPROVE".equals(d.decision()), d.question(), d.answer(), d.note(), actor.actor())
                .map(FaqProposalView::of);
    }
}
