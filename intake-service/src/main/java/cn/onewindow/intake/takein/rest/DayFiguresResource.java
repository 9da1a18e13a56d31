package cn.onewindow.intake.takein.rest;

import java.time.LocalDate;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.platform.security.Posts;
import cn.onewindow.intake.takein.service.CaseLedger;
import io.smallrye.mutiny.Uni;

/** The window's day in figures for the supervisor's dashboard: cases by path and department, queue waits. */
@Path("/api/statistics/day")
@Produces(MediaType.APPLICATION_JSON)
public class DayFiguresResource {
    private final CaseLedger ledger;

    public DayFiguresResource(CaseLedger ledger) {
        this.ledger = ledger;
    }

    @GET
    @RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
    public Uni<CaseLedger.DayFigures> day(@QueryParam("day") LocalDate day) {
        return ledger.figures(ledger.dayOrToday(day));
    }
}
