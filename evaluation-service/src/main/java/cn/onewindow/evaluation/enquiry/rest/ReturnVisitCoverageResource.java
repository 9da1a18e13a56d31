package cn.onewindow.evaluation.enquiry.rest;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.onewindow.evaluation.enquiry.rules.Months;
import cn.onewindow.evaluation.enquiry.service.ReturnVisitService;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/** Supervision's figure on 回访: of the month's delivered cases drawn for a visit, how many were visited (reached). */
@Path("/api/supervision/return-visits")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
public class ReturnVisitCoverageResource {
    private final ReturnVisitService visits;

    public ReturnVisitCoverageResource(ReturnVisitService visits) {
        this.visits = visits;
    }

    @GET
    @Operation(summary = "Return-visit coverage of a month (回访覆盖率): delivered, drawn (due), attempted, visited, coverage, average rating")
    public Uni<ReturnVisitService.Coverage> coverage(@QueryParam("month") String month) {
        return visits.coverage(Months.parse(month));
    }
}
