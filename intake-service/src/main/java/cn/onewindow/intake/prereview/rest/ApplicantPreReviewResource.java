package cn.onewindow.intake.prereview.rest;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.intake.prereview.service.PreReviewCommands;
import cn.onewindow.intake.prereview.service.PreReviewService;
import cn.onewindow.platform.security.Applicant;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * 网上预审, the applicant's side: start a pre-review of an item, upload one file per material, submit, and follow it.
 * Only the applicant's own: another applicant's id is answered as an id that does not exist.
 */
@Path("/api/applicant/pre-reviews")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Applicant.ROLE)
public class ApplicantPreReviewResource {
    private final PreReviewService preReviews;
    private final SecurityIdentity identity;
    private final Clock clock;

    public ApplicantPreReviewResource(PreReviewService preReviews, SecurityIdentity identity, Clock clock) {
        this.preReviews = preReviews;
        this.identity = identity;
        this.clock = clock;
    }

    /**
     * The item and how to reach the applicant. Whom it is for is the token's only: for an organisation its code and
     * registered name ({@code org_code}, {@code org_name}, set by the realm's administrators), never a name typed here.
     */
    public record StartRequest(
            @NotBlank @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String itemCode,
            @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mobile number") String phone,
            @Email @Size(max = 100) String email) {
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Uni<Response> start(@NotNull @Valid StartRequest request) {
        var applicant = Applicant.from(identity);
        return preReviews.start(applicant, new PreReviewCommands.Start(request.itemCode(), request.phone(), request.email()))
                .flatMap(p -> detail(applicant, p.id))
                .map(d -> Response.status(201).entity(d).header("Location", base(d.id())).build());
    }

    @GET
    public Uni<List<PreReviewView.Summary>> mine() {
        var applicant = Applicant.from(identity);
        return preReviews.mine(applicant).map(l -> l.stream().map(p -> PreReviewView.Summary.of(p, clock.instant())).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<PreReviewView.Detail> one(@PathParam("id") String id) {
        return detail(Applicant.from(identity), uuid(id));
    }

    /**
     * One material's file as the raw request body (any Content-Type: the bytes decide the type). The same bytes again
     * get the same answer and store nothing ({@code Idempotent-Replayed: true}).
     */
    @PUT
    @Path("/{id}/materials/{materialCode}")
    @Consumes(MediaType.WILDCARD)
    public Uni<Response> upload(@PathParam("id") String id, @PathParam("materialCode") String materialCode,
                                @QueryParam("fileName") String fileName, byte[] body) {
        var applicant = Applicant.from(identity);
        return preReviews.upload(applicant, uuid(id), materialCode, body, cleanName(fileName))
                .map(u -> {
                    var r = Response.ok(PreReviewView.File.of(u.file(), base(uuid(id))));
                    return (u.stored() ? r : r.header("Idempotent-Replayed", "true")).build();
                });
    }

    @GET
    @Path("/{id}/files/{materialCode}")
    @Produces({"application/pdf", "image/jpeg", "image/png", "application/problem+json"})
    public Uni<Response> file(@PathParam("id") String id, @PathParam("materialCode") String materialCode) {
        return preReviews.myFile(Applicant.from(identity), uuid(id), materialCode).map(FileAnswer::of);
    }

    @POST
    @Path("/{id}/submission")
    public Uni<PreReviewView.Detail> submit(@PathParam("id") String id) {
        var applicant = Applicant.from(identity);
        return preReviews.submit(applicant, uuid(id)).flatMap(p -> detail(applicant, p.id));
    }

    private Uni<PreReviewView.Detail> detail(Applicant applicant, UUID id) {
        return preReviews.mine(applicant, id)
                .map(d -> PreReviewView.Detail.of(d, preReviews.notice(d.preReview()), preReviews.marks(d.preReview()),
                        clock.instant(), base(id)));
    }

    private static String base(UUID id) {
        return "/api/applicant/pre-reviews/" + id;
    }

    /** A malformed id is one that does not exist. */
    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw PreReviewService.notFound(id);
        }
    }

    /** The applicant's file name, kept for their own list only: printable, at most 200 characters. */
    static String cleanName(String name) {
        if (name == null) {
            return null;
        }
        String clean = name.replaceAll("[\\p{Cntrl}\"\\\\/]", "_").strip();
        return clean.isEmpty() ? null : clean.length() > 200 ? clean.substring(0, 200) : clean;
    }
}
