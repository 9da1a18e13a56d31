package cn.onewindow.intake.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.Map;

import cn.onewindow.common.problem.ProblemException;
import cn.onewindow.common.security.CurrentActor;
import cn.onewindow.common.security.Posts;
import cn.onewindow.intake.model.ApplicantCredit;
import cn.onewindow.intake.service.CreditService;
import io.smallrye.mutiny.Uni;

/** The credit list (信用名单) the hall admin keeps; window staff look an applicant up. */
@Path("/api/credit")
@Produces(MediaType.APPLICATION_JSON)
public class CreditResource {
    private final CreditService credit;
    private final CurrentActor actor;

    public CreditResource(CreditService credit, CurrentActor actor) {
        this.credit = credit;
        this.actor = actor;
    }

    public record CreditUpdate(@NotBlank @Size(max = 100) String name, @NotNull String kind, boolean blacklisted,
                               boolean redListed, @NotNull String creditLevel) {
    }

    @GET
    @Path("/{idNumber}")
    @RolesAllowed({Posts.HALL_ADMIN, Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.SUPERVISOR})
    public Uni<ApplicantCredit> get(@PathParam("idNumber") String idNumber) {
        return credit.find(idNumber).onItem().ifNull().failWith(() -> new ProblemException(404, "no-credit-record",
                "信用名单中没有该申请人的记录", "No credit record for this applicant"));
    }

    @PUT
    @Path("/{idNumber}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed(Posts.HALL_ADMIN)
    public Uni<ApplicantCredit> put(@PathParam("idNumber") String idNumber, @NotNull CreditUpdate u) {
        return credit.put(new CreditService.Entry(idNumber, u.name(), u.kind(), u.blacklisted(), u.redListed(), u.creditLevel()),
                actor.actor());
    }

    /** Imports a CSV (header {@value CreditService#CSV_HEADER}); a bad line refuses the whole file. */
    @POST
    @Path("/import")
    @Consumes({"text/csv", MediaType.TEXT_PLAIN})
    @RolesAllowed(Posts.HALL_ADMIN)
    public Uni<Map<String, Integer>> importCsv(@NotNull @Size(max = 5_000_000) String csv) {
        return credit.importCsv(csv, actor.actor()).map(n -> Map.of("imported", n));
    }
}
