package cn.onewindow.evaluation.rest;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.csv.CsvDownload;
import cn.onewindow.platform.csv.CsvExport;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.evaluation.domain.HandlingTimes;
import cn.onewindow.evaluation.service.HandlingTimeService;
import io.smallrye.mutiny.Uni;

/**
 * On-time rate and actual against promised handling time per department, item, window or clerk (#22 item 12), as
 * JSON or CSV through the suite's one CSV writer ({@link CsvExport}: BOM for Excel, a clerk's or item's name never
 * run as a formula).
 */
@Path("/api/statistics/handling")
@RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
public class HandlingTimeResource {
    private static final String BY = "department|item|window|clerk";
    private final HandlingTimeService handling;

    public HandlingTimeResource(HandlingTimeService handling) {
        this.handling = handling;
    }

    @GET
    @Produces("application/json")
    public Uni<List<HandlingTimes.Row>> json(@QueryParam("by") @DefaultValue("department") @Pattern(regexp = BY) String by,
                                             @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return handling.figures(by, from, to);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    public Uni<Response> csv(@QueryParam("by") @DefaultValue("department") @Pattern(regexp = BY) String by,
                             @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to) {
        return handling.figures(by, from, to).map(rows -> CsvDownload.of("handling-" + by + "-" + from + "-" + to + ".csv",
                CsvExport.write(csvHeader(by), rows.stream().map(HandlingTimeResource::csvRow).toList())));
    }

    static List<String> csvHeader(String by) {
        return List.of(by, "finished", "on_time", "on_time_rate_percent", "average_promised_working_days",
                "average_actual_working_days", "actual_to_promised_percent", "within_half_of_promised");
    }

    /** The figures as numbers; the group (a department, item, window or clerk name) as text, neutralised. */
    private static List<Object> csvRow(HandlingTimes.Row r) {
        return Arrays.asList(r.group(), r.finished(), r.onTime(), r.onTimeRate(), r.averagePromisedDays(),
                r.averageActualDays(), r.actualToPromisedPercent(), r.withinHalf());
    }
}
