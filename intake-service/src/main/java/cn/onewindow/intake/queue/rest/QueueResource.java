package cn.onewindow.intake.queue.rest;

import java.time.Instant;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.intake.queue.model.Ticket;
import cn.onewindow.intake.queue.service.QueueService;
import io.smallrye.mutiny.Uni;

/** 取号叫号: tickets are issued at the entrance (mid desk) and called to a free window. */
@Path("/api/queue")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class QueueResource {
    private final QueueService queue;
    private final CurrentActor actor;

    public QueueResource(QueueService queue, CurrentActor actor) {
        this.queue = queue;
        this.actor = actor;
    }

    public record IssueRequest(@NotNull @Pattern(regexp = "NORMAL|PRIORITY|APPOINTMENT",
            message = "must be NORMAL, PRIORITY or APPOINTMENT") String kind) {
    }

    public record CallRequest(@NotBlank @Size(max = 10) @Pattern(regexp = "[0-9A-Za-z-]{1,10}") String window) {
    }

    public record TicketView(String ticketNumber, String kind, String status, Instant issuedAt, String window, Instant calledAt) {
        static TicketView of(Ticket t) {
            return new TicketView(t.ticketNumber, t.kind, t.status, t.issuedAt, t.windowNo, t.calledAt);
        }
    }

    @POST
    @Path("/tickets")
    @RolesAllowed({Posts.MID_DESK, Posts.WINDOW_CLERK, Posts.HALL_ADMIN})
    public Uni<Response> issue(@NotNull @jakarta.validation.Valid IssueRequest request) {
        return queue.issue(request.kind(), actor.actor()).map(t -> Response.status(201).entity(TicketView.of(t)).build());
    }

    /** Calls the next number to this window; 404 queue-empty when nobody waits. */
    @POST
    @Path("/call-next")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK})
    public Uni<TicketView> callNext(@NotNull @jakarta.validation.Valid CallRequest request) {
        return queue.callNext(request.window(), actor.actor()).map(TicketView::of);
    }

    @GET
    @RolesAllowed({Posts.MID_DESK, Posts.WINDOW_CLERK, Posts.SUPERVISOR, Posts.HALL_ADMIN})
    public Uni<List<TicketView>> today(@QueryParam("status") @DefaultValue("WAITING") @Pattern(regexp = "WAITING|CALLED|NO_SHOW") String status) {
        return queue.today(status).map(l -> l.stream().map(TicketView::of).toList());
    }
}
