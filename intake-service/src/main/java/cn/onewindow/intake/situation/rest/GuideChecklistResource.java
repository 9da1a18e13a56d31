package cn.onewindow.intake.situation.rest;

import java.time.Clock;
import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.intake.situation.rules.SituationChoice;
import cn.onewindow.intake.situation.service.Checklist;
import cn.onewindow.intake.situation.service.ChecklistService;
import io.smallrye.mutiny.Uni;

/**
 * The same checklist in the public service guide (办事指南): the applicant answers the item's questions on the guide page
 * and sees what to bring for that situation and how long it takes — as the window will check it. Public and throttled
 * like the rest of {@code /api/guide/…} (PublicPaths, PublicRateLimit).
 */
@Path("/api/guide/items/{code}/checklist")
@Produces(MediaType.APPLICATION_JSON)
@PermitAll
public class GuideChecklistResource {
    private final ChecklistService checklists;
    private final Clock clock;

    public GuideChecklistResource(ChecklistService checklists, Clock clock) {
        this.checklists = checklists;
        this.clock = clock;
    }

    @GET
    public Uni<Checklist> checklist(@PathParam("code") String code, @QueryParam("answers") String answers,
                                    @QueryParam("situation") String situation, @QueryParam("at") String at) {
        Instant when = ChecklistParams.at(at);
        return checklists.checklist(ChecklistParams.item(code), when == null ? clock.instant() : when,
                SituationChoice.parse(answers), ChecklistParams.situation(situation));
    }
}
