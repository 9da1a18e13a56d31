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
import cn.onewindow.evaluation.domain.Satisfaction;
import cn.onewindow.evaluation.service.StatisticsService;
import io.smallrye.mutiny.Uni;

/**
 * Satisfaction rates and rankings per department, item, window clerk or channel, as JSON or CSV (the suite's one
 * CSV writer, {@link CsvExport}: BOM for Excel, a clerk's or item's name never run as a formula).
 */
@Path("/api/statistics/satisfaction")
@RolesAllowed({Posts.SUPERVISOR, Posts.HALL_ADMIN})
public class StatisticsResource {
    private final StatisticsService statistics;

    public StatisticsResource(StatisticsService statistics) {
        this.statistics = statistics;
    }

    @GET
    @Produces("application/json")
    public Uni<List<Satisfaction.Row>> json(@QueryParam("by") @DefaultValue("department")
                                            @Pattern(regexp = "department|item|clerk|channel") String by,
                                            @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
                                            @QueryParam("stage") @Pattern(regexp = "FRONT_DESK|BACK_OFFICE") String stage) {
        return statistics.satisfaction(by, from, to, stage);
    }

    @GET
    @Path("/export")
    @Produces("text/csv")
    public Uni<Response> csv(@QueryParam("by") @DefaultValue("department") @Pattern(regexp = "department|item|clerk|channel") String by,
                             @QueryParam("from") @NotNull LocalDate from, @QueryParam("to") @NotNull LocalDate to,
                             @QueryParam("stage") @Pattern(regexp = "FRONT_DESK|BACK_OFFICE") String stage) {
        return statistics.satisfaction(by, from, to, stage).map(rows -> CsvDownload.of(
                "satisfaction-" + by + "-" + from + "-" + to + ".csv", CsvExport.write(csvHeader(by),
                        rows.stream().map(StatisticsResource::csvRow).toList())));
    }

    static List<String> csvHeader(String by) {
        return List.of("rank", by, "ratings", "satisfied", "bad", "satisfaction_rate_percent", "average_level");
    }

    /** The figures as numbers; the group (a department, item, clerk or channel name) as text, neutralised. */
    private static List<Object> csvRow(Satisfaction.Row r) {
        return Arrays.asList(r.rank(), r.group(), r.ratings(), r.satisfied(), r.bad(), r.rate(), r.averageLevel());
    }
}
