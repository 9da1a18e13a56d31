package cn.onewindow.gateway.rest;

import java.util.List;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import org.jboss.resteasy.reactive.RestStreamElementType;

import cn.onewindow.gateway.service.CallingBoard;
import io.smallrye.mutiny.Multi;

/** The calling screen's data: public (ticket numbers and windows only), for the hall's display. */
@Path("/api/display")
public class DisplayResource {
    private final CallingBoard board;

    public DisplayResource(CallingBoard board) {
        this.board = board;
    }

    @GET
    @Path("/calls")
    @Produces(MediaType.APPLICATION_JSON)
    public List<CallingBoard.Call> calls() {
        return board.recent();
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    public Multi<CallingBoard.Call> stream() {
        return board.live();
    }
}
