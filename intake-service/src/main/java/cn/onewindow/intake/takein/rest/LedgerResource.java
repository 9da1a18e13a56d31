package cn.onewindow.intake.takein.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.csv.CsvDownload;
import cn.onewindow.platform.csv.CsvExport;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.intake.takein.service.CaseLedger;
import io.smallrye.mutiny.Uni;

/** The cases taken in on a day: mine (first handler) and the hall's ledger (办件台账), also as CSV. */
@Path("/api/cases")
@Produces(MediaType.APPLICATION_JSON)
public class LedgerResource {
    private final CaseLedger ledger;
    private final CurrentActor actor;

    public LedgerResource(CaseLedger ledger, CurrentActor actor) {
        this.ledger = ledger;
        this.actor = actor;
    }

    /**
     * The cases I answer for as first handler (首办负责人), newest first, each with the state it has reached: on a
     * given day, the ones I took in that day; without a day, today's and every earlier one whose result has not yet
     * reached the applicant (or reached them today) — the first handler follows the case to its end.
     */
    @GET
    @Path("/mine")
    @RolesAllowed({Posts.WINDOW_CLERK, Posts.MID_DESK, Posts.HELPER})
    public Uni<List<CaseView>> mine(@QueryParam("day") LocalDate day) {
        String me = actor.actor().userId();
        var cases = day != null ? ledger.takenIn(day, me) : ledger.following(ledger.dayOrToday(null), me);
        return cases.map(l -> l.stream().map(CaseView::of).toList());
    }

    @GET
    @Path("/ledger")
    @RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
    public Uni<List<CaseView>> ledger(@QueryParam("day") LocalDate day) {
        return ledger.takenIn(ledger.dayOrToday(day), null).map(l -> l.stream().map(CaseView::of).toList());
    }

    static final List<String> CSV_HEADER = List.of("办件编号 case", "事项 item", "部门 department", "申请人 applicant",
            "证件号 id", "受理方式 path", "状态 status", "首办负责人 first handler", "受理时间 accepted at",
            "收件大厅 taking hall", "所属大厅 owning hall", "领取地点 pickup hall");

    /**
     * The day's ledger as CSV ({@link CsvExport}: UTF-8 with BOM, so spreadsheet programs read the Chinese right;
     * a name typed in as a formula stays text); ID numbers masked.
     */
    @GET
    @Path("/ledger/export")
    @Produces("text/csv")
    @RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
    public Uni<Response> export(@QueryParam("day") LocalDate day) {
        LocalDate d = ledger.dayOrToday(day);
        return ledger.takenIn(d, null).map(cases -> CsvDownload.of("ledger-" + d + ".csv", CsvExport.write(CSV_HEADER,
                cases.stream().map(CaseView::of).map(LedgerResource::csvRow).toList())));
    }

    private static List<Object> csvRow(CaseView v) {
        // Arrays.asList: a case may lack a handler's name, and List.of refuses nulls
        return Arrays.asList(v.caseId(), v.itemCode(), v.departmentCode(), v.applicantName(), v.applicantIdMasked(),
                v.intakePath(), v.status(), v.firstHandlerName(), v.acceptedAt(), v.hallCode(), v.owningHallCode(),
                v.pickupHallCode());
    }
}
