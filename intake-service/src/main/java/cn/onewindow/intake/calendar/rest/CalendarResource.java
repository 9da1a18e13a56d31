package cn.onewindow.intake.calendar.rest;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.calendar.CalendarCoverage;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.platform.time.ClockProducer;
import cn.onewindow.calendar.HolidayData;
import cn.onewindow.contracts.calendar.HolidayYear;
import cn.onewindow.intake.calendar.service.CalendarService;
import io.smallrye.mutiny.Uni;

/** The working-day calendar: everyone reads it; the hall admin edits a year (published to every service). */
@Path("/api/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CalendarResource {
    private final CalendarService calendar;
    private final CalendarHolder holder;
    private final CurrentActor actor;
    private final Clock clock;

    public CalendarResource(CalendarService calendar, CalendarHolder holder, CurrentActor actor, Clock clock) {
        this.calendar = calendar;
        this.holder = holder;
        this.actor = actor;
        this.clock = clock;
    }

    @GET
    @RolesAllowed({Posts.HALL_ADMIN, Posts.SUPERVISOR, Posts.WINDOW_CLERK, Posts.DEPARTMENT_REVIEWER, Posts.OPERATOR})
    public Uni<Map<String, HolidayYear>> years() {
        return calendar.all().map(list -> {
            Map<String, HolidayYear> out = new TreeMap<>();
            list.forEach(y -> out.put(String.valueOf(y.year), calendar.read(y)));
            return out;
        });
    }

    /**
     * Working-day arithmetic as this service counts it now: the Nth working day after a date. A result
     * counted through a year whose notice is not entered is {@code provisional} (weekends alone decided it),
     * with the years to enter named.
     */
    @GET
    @Path("/working-days")
    @RolesAllowed({Posts.HALL_ADMIN, Posts.SUPERVISOR, Posts.WINDOW_CLERK, Posts.DEPARTMENT_REVIEWER, Posts.OPERATOR})
    public Map<String, Object> add(@QueryParam("from") @NotNull LocalDate from, @QueryParam("add") @Min(0) @Max(366) int n) {
        var cal = holder.calendar();
        LocalDate result = cal.addWorkingDays(from, n);
        List<Integer> unentered = IntStream.rangeClosed(from.getYear(), result.getYear()).filter(y -> !cal.isEntered(y))
                .boxed().toList();
        return Map.of("from", from.toString(), "add", n, "result", result.toString(),
                "fromIsWorkingDay", cal.isWorkingDay(from), "provisional", !unentered.isEmpty(), "unenteredYears", unentered);
    }

    /**
     * Which years the calendar holds and which one the hall admin must enter now (from 1 November, next
     * year if missing; this year always): the admin's warning.
     */
    @GET
    @Path("/coverage")
    @RolesAllowed({Posts.HALL_ADMIN, Posts.SUPERVISOR, Posts.WINDOW_CLERK, Posts.DEPARTMENT_REVIEWER, Posts.OPERATOR})
    public Map<String, Object> coverage() {
        var cal = holder.calendar();
        LocalDate today = clock.instant().atZone(ClockProducer.HALL_ZONE).toLocalDate();
        var toEnter = CalendarCoverage.yearToEnter(cal, today);
        Map<String, Object> out = new java.util.LinkedHashMap<>();
        out.put("today", today.toString());
        out.put("enteredYears", holder.years().keySet().stream().map(Integer::valueOf).sorted().toList());
        out.put("yearToEnter", toEnter.isPresent() ? toEnter.getAsInt() : null);
        out.put("warnFrom", CalendarCoverage.WARN_FROM_MONTH.getValue() + "-01");
        return out;
    }

    @PUT
    @Path("/{year}")
    @RolesAllowed(Posts.HALL_ADMIN)
    public Uni<Map<String, Object>> put(@PathParam("year") @Min(2000) @Max(2100) int year, @NotNull HolidayYear data) {
        return calendar.put(year, data, actor.actor()).map(y -> Map.of("year", y.year, "editedBy", y.editedBy,
                "editedAt", y.editedAt.toString()));
    }
}
