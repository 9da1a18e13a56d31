package cn.onewindow.intake.credit.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import java.util.List;
import java.util.Map;

import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.intake.credit.model.ApplicantCredit;
import cn.onewindow.intake.credit.rules.CreditPrompts;
import cn.onewindow.intake.credit.service.CreditService;
import cn.onewindow.intake.takein.rules.DeferralRules;
import io.smallrye.mutiny.Uni;

/**
 * The credit list (信用名单) the hall admin keeps; window staff look an applicant up and are told of a red-listed
 * one's incentives (守信激励) or a blacklisted one's limits before the file is taken in.
 */
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

    /**
     * Whose standing to look up: the number travels in the body, never in a URL (proxies and logs keep URLs). Letters
     * and digits only, as both kinds of number are, so nothing else ever reaches the database.
     */
    public record LookupRequest(@NotBlank @Pattern(regexp = "[0-9A-Za-z]{1,18}") String idNumber) {
    }

    /**
     * An applicant's standing on the credit list and what the window is to be told about it (红名单主动提示:
     * {@link CreditPrompts}); {@code listed} false for an applicant the list does not know (nothing against them).
     * {@code deferralAllowed} is the credit's side of 容缺 alone — the materials and the item decide the rest.
     * {@code reason}, {@code sourceCaseId}, {@code sourceMaterialCode}: why a blacklisted applicant is on the list and
     * what put them there (a commitment found false, 失信); null for an entry made by hand.
     */
    public record CreditLookup(boolean listed, String name, String kind, boolean blacklisted, boolean redListed,
                               String creditLevel, boolean deferralAllowed, List<CreditPrompts.Prompt> prompts,
                               String reason, String sourceCaseId, String sourceMaterialCode) {
        static CreditLookup of(ApplicantCredit c) {
            if (c == null) {
                return new CreditLookup(false, null, null, false, false, null, true, List.of(), null, null, null);
            }
            return new CreditLookup(true, c.name, c.kind, c.blacklisted, c.redListed, c.creditLevel,
                    DeferralRules.creditAllows(new DeferralRules.Credit(c.blacklisted, c.creditLevel)),
                    CreditPrompts.of(c.blacklisted, c.redListed, c.creditLevel), c.reason, c.sourceCaseId,
                    c.sourceMaterialCode);
        }
    }

    /**
     * Looks an applicant up: the window, as the clerk enters the applicant (the red list's prompt comes before the
     * file is taken in); the hall admin, before editing an entry. Replaces {@code GET /api/credit/{idNumber}}, which
     * put the ID number in the URL.
     */
    @POST
    @Path("/lookup")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Posts.HALL_ADMIN, Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.SUPERVISOR, Posts.HELPER})
    public Uni<CreditLookup> lookup(@NotNull @Valid LookupRequest request) {
        return credit.find(request.idNumber()).map(CreditLookup::of);
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
