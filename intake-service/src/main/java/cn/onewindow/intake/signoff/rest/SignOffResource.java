package cn.onewindow.intake.signoff.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
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

import cn.onewindow.intake.signoff.rules.SignOffRules;
import cn.onewindow.intake.signoff.service.SignOffs;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/**
 * 窗口无否决权: the mid desk's and the chief representative's sign-off desk — the hall's returns and refusals waiting
 * (the oldest due first), and the one decision on each: CONFIRM (the notice is issued) or OVERRULE (the file is taken
 * in). A window clerk follows their own request ({@code GET /{id}}) but decides nothing.
 */
@Path("/api/sign-offs")
@Produces(MediaType.APPLICATION_JSON)
public class SignOffResource {
    private final SignOffs signOffs;
    private final CurrentActor actor;

    public SignOffResource(SignOffs signOffs, CurrentActor actor) {
        this.signOffs = signOffs;
        this.actor = actor;
    }

    @GET
    @RolesAllowed({Posts.MID_DESK, Posts.CHIEF_REPRESENTATIVE})
    public Uni<List<SignOffView>> list(@QueryParam("status") @DefaultValue("PENDING")
                                       @Pattern(regexp = "PENDING|CONFIRMED|OVERRULED",
                                               message = "must be PENDING, CONFIRMED or OVERRULED") String status) {
        return signOffs.list(status, signer()).map(l -> l.stream().map(this::view).toList());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.CHIEF_REPRESENTATIVE})
    public Uni<SignOffView> one(@PathParam("id") String id) {
        return signOffs.find(uuid(id), actor.hall()).map(this::view);
    }

    /** CONFIRM or OVERRULE, with the reasons (both are trailed with the signer). */
    public record Decision(@NotNull @Pattern(regexp = "CONFIRM|OVERRULE", message = "must be CONFIRM or OVERRULE") String decision,
                           @NotBlank @Size(max = 2000) String reasons) {
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed({Posts.MID_DESK, Posts.CHIEF_REPRESENTATIVE})
    public Uni<SignOffView> decide(@PathParam("id") String id, @NotNull @Valid Decision request) {
        UUID uuid = uuid(id);
        return signOffs.decide(uuid, request.decision(), request.reasons(), signer())
                .flatMap(s -> signOffs.find(s.id, s.hallCode)).map(this::view);
    }

    /** The signer: post and hall from the token; a chief representative's department too (their files only). */
    private SignOffRules.Signer signer() {
        var a = actor.actor();
        return new SignOffRules.Signer(a, actor.hall(), Posts.CHIEF_REPRESENTATIVE.equals(a.post()) ? actor.department() : null);
    }

    private SignOffView view(SignOffs.Listed l) {
        return SignOffView.of(l, signOffs.problems(l.signOff()));
    }

    static UUID uuid(String id) {
        try {
            return UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            throw ProblemException.notFound("待审核事项 sign-off", id);
        }
    }
}
