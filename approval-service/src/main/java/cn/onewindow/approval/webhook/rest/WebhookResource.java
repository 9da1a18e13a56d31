package cn.onewindow.approval.webhook.rest;

import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.jboss.resteasy.reactive.RestResponse;

import cn.onewindow.approval.webhook.domain.WebhookAddress;
import cn.onewindow.approval.webhook.service.Webhooks;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/**
 * A department's webhooks (docs/webhooks.md): its system, or its chief representative, registers where its cases'
 * events are pushed, watches how delivery goes and replays from a position; reviewers may look. Every call is limited
 * to the department in the token.
 */
@Path("/api/department/webhooks")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class WebhookResource {
    private final Webhooks webhooks;
    private final CurrentActor actor;

    public WebhookResource(Webhooks webhooks, CurrentActor actor) {
        this.webhooks = webhooks;
        this.actor = actor;
    }

    /** {@code secret}: optional, Standard Webhooks' form ({@code whsec_} + base64 of 24–64 bytes); left out, one is made. */
    public record RegistrationRequest(@NotBlank @Size(max = WebhookAddress.MAX_LENGTH) String url, @Size(max = 200) String secret) {
    }

    /** The position to deliver after: at most the webhook's cursor. */
    public record ReplayRequest(@NotNull @Min(0) Long after) {
    }

    @POST
    @RolesAllowed({Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    @Operation(summary = "Register a webhook for my department's case events (CloudEvents over HTTP, signed); "
            + "the answer shows its secret, this once")
    public Uni<RestResponse<Webhooks.Registered>> register(@NotNull @Valid RegistrationRequest request) {
        String department = actor.department();
        return webhooks.register(department, new Webhooks.Registration(request.url(), request.secret()), actor.actor())
                // a path, not an absolute URL (which location() would make of it): the gateway puts its own prefix before it
                .map(r -> RestResponse.ResponseBuilder.<Webhooks.Registered>create(RestResponse.Status.CREATED, r)
                        .header("Location", "/api/department/webhooks/" + r.webhook().id()).build());
    }

    @GET
    @RolesAllowed({Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_REVIEWER, Posts.DEPARTMENT_SYSTEM})
    @Operation(summary = "My department's webhooks with their delivery state")
    public Uni<List<Webhooks.Webhook>> list() {
        return webhooks.list(actor.department());
    }

    @GET
    @Path("/{id}")
    @RolesAllowed({Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_REVIEWER, Posts.DEPARTMENT_SYSTEM})
    @Operation(summary = "One webhook: cursor, backlog, consecutive failures, last error, next attempt")
    public Uni<Webhooks.Webhook> get(@PathParam("id") UUID id) {
        return webhooks.find(id, actor.department());
    }

    @DELETE
    @Path("/{id}")
    @RolesAllowed({Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    @Operation(summary = "Delete a webhook: nothing more is sent to it")
    public Uni<RestResponse<Void>> delete(@PathParam("id") UUID id) {
        return webhooks.delete(id, actor.department()).map(x -> RestResponse.noContent());
    }

    @POST
    @Path("/{id}/replay")
    @RolesAllowed({Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
    @Operation(summary = "Send every kept event after the given position again, in order (never skips forward)")
    public Uni<Webhooks.Webhook> replay(@PathParam("id") UUID id, @NotNull @Valid ReplayRequest request) {
        return webhooks.replay(id, actor.department(), request.after());
    }
}
