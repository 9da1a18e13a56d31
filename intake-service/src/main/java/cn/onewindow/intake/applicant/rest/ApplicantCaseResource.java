package cn.onewindow.intake.applicant.rest;

import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.intake.applicant.service.ApplicantCases;
import cn.onewindow.platform.security.Applicant;
import cn.onewindow.platform.time.CalendarHolder;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;

/**
 * The applicant's own cases (申请人): for the applicant role only, never a staff post, and only the cases filed under
 * the applicant's own checked number (their token's real-name identity, {@link Applicant#from}).
 */
@Path("/api/applicant/cases")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Applicant.ROLE)
public class ApplicantCaseResource {
    private final ApplicantCases cases;
    private final SecurityIdentity identity;
    private final CalendarHolder calendars;

    public ApplicantCaseResource(ApplicantCases cases, SecurityIdentity identity, CalendarHolder calendars) {
        this.cases = cases;
        this.identity = identity;
        this.calendars = calendars;
    }

    /** My cases, newest first (at most 200), each with its status, promised deadline and notices. */
    @GET
    public Uni<List<ApplicantCaseView>> mine() {
        Applicant me = Applicant.from(identity);
        return cases.list(me).map(l -> l.stream().map(f -> ApplicantCaseView.of(f, calendars.calendar(), false)).toList());
    }

    /** One of my cases, with what it still owes; another applicant's case is not found, as one that does not exist. */
    @GET
    @Path("/{caseId}")
    public Uni<ApplicantCaseView> one(@PathParam("caseId") String caseId) {
        Applicant me = Applicant.from(identity);
        return cases.one(me, caseId).map(f -> ApplicantCaseView.of(f, calendars.calendar(), true));
    }
}
