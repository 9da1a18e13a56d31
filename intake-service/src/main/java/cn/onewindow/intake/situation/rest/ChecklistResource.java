package cn.onewindow.intake.situation.rest;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.intake.situation.rules.SituationChoice;
import cn.onewindow.intake.situation.service.Checklist;
import cn.onewindow.intake.situation.service.ChecklistService;
import cn.onewindow.platform.security.Posts;
import io.smallrye.mutiny.Uni;

/**
 * 多情形受理 at the window: the clerk (or the helper taking a file in for the applicant) answers the item's questions and
 * the checklist of the situation follows — {@code ?answers=TYPE:NEW} — or, once chosen, {@code ?situation=NEW}. Without
 * either, an item with situations answers with its questions. The take-in then names the situation (situationCode).
 */
@Path("/api/catalogue/items/{code}/checklist")
@Produces(MediaType.APPLICATION_JSON)
public class ChecklistResource {
    private final ChecklistService checklists;
    private final Clock clock;

    public ChecklistResource(ChecklistService checklists, Clock clock) {
        this.checklists = checklists;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.HELPER, Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE,
            Posts.SUPERVISOR, Posts.HALL_ADMIN})
    public Uni<Checklist> checklist(@PathParam("code") String code, @QueryParam("answers") String answers,
                                    @QueryParam("situation") String situation, @QueryParam("at") Instant at) {
        return checklists.checklist(ChecklistParams.item(code), at == null ? clock.instant() : at,
                SituationChoice.parse(answers), ChecklistParams.situation(situation));
    }
}
