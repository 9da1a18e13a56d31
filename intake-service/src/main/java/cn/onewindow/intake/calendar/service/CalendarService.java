package cn.onewindow.intake.calendar.service;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.outbox.Outbox;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.calendar.HolidayData;
import cn.onewindow.contracts.Topics;
import cn.onewindow.contracts.calendar.HolidayYear;
import cn.onewindow.contracts.events.CalendarYearPublished;
import cn.onewindow.intake.calendar.model.CalendarYear;
import cn.onewindow.intake.calendar.rules.CalendarRules;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;

/**
 * The working-day calendar as data the hall admin edits: each year is stored here and published on
 * {@value Topics#CALENDAR}; every service applies it to its own calendar. An empty
 * database starts from the official notices the project ships (2025, 2026).
 */
@ApplicationScoped
public class CalendarService {
    private static final Actor OFFICIAL = Actor.system("official-calendar");
    private final Outbox outbox;
    private final Clock clock;
    private final ObjectMapper json;

    public CalendarService(Outbox outbox, Clock clock, ObjectMapper json) {
        this.outbox = outbox;
        this.clock = clock;
        this.json = json;
    }

    void onStart(@Observes StartupEvent ev) throws Throwable {
        long stored = VertxContextSupport.subscribeAndAwait(() -> Panache.withSession(() -> CalendarYear.count()));
        if (stored == 0) {
            VertxContextSupport.subscribeAndAwait(() -> Multi.createFrom().iterable(HolidayData.readShipped().entrySet())
                    .onItem().transformToUniAndConcatenate(e -> put(Integer.parseInt(e.getKey()), e.getValue(), OFFICIAL))
                    .collect().last().replaceWithVoid());
        }
    }

    @WithTransaction
    public Uni<CalendarYear> put(int year, HolidayYear data, Actor actor) {
        Map<String, String> violations = CalendarRules.violations(year, data);
        if (!violations.isEmpty()) {
            return Uni.createFrom().failure(new ProblemException(422, "calendar-rules",
                    "日历数据有误：" + String.join("；", violations.values()),
                    "The calendar is inconsistent: " + String.join(", ", violations.keySet()), violations));
        }
        String editor = actor.username() == null ? actor.userId() : actor.username();
        return CalendarYear.<CalendarYear>findById(year).flatMap(existing -> {
            CalendarYear y = existing == null ? new CalendarYear() : existing;
            y.year = year;
            y.data = write(data);
            y.editedBy = editor;
            y.editedAt = clock.instant();
            Uni<CalendarYear> saved = existing == null ? y.persist() : Uni.createFrom().item(y);
            return saved.call(() -> outbox.publish(new CalendarYearPublished(year, data, editor)));
        });
    }

    @WithSession
    public Uni<List<CalendarYear>> all() {
        return CalendarYear.listAll();
    }

    public HolidayYear read(CalendarYear y) {
        try {
            return json.readValue(y.data, HolidayYear.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored calendar " + y.year + " is unreadable", e);
        }
    }

    private String write(HolidayYear data) {
        try {
            return json.writeValueAsString(data);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
