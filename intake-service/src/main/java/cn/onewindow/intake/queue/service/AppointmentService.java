package cn.onewindow.intake.queue.service;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.contracts.Actor;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.time.CalendarHolder;
import cn.onewindow.calendar.OfficeHours;
import cn.onewindow.intake.queue.model.Appointment;
import cn.onewindow.intake.queue.model.Ticket;
import cn.onewindow.intake.queue.rules.AppointmentSlots;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;

/**
 * Appointments by time slot. A slot holds at most {@code capacity} bookings; concurrent bookings of
 * one slot serialise on a transaction-scoped advisory lock, so the capacity is never exceeded.
 */
@ApplicationScoped
public class AppointmentService {
    public record Slot(LocalTime start, int capacity, long booked) {
    }

    private final Clock clock;
    private final CalendarHolder calendars;
    private final QueueService queue;
    private final AppointmentSlots slots;
    private final int capacity;

    public AppointmentService(Clock clock, CalendarHolder calendars, QueueService queue, AppointmentSettings settings) {
        this.clock = clock;
        this.calendars = calendars;
        this.queue = queue;
        this.capacity = settings.slotCapacity();
        this.slots = new AppointmentSlots(OfficeHours.DEFAULT, Duration.ofMinutes(settings.slotMinutes()), Duration.ofMinutes(30),
                Duration.ofMinutes(15));
    }

    @WithSession
    public Uni<List<Slot>> slots(LocalDate day) {
        var starts = slots.slots(day, calendars.calendar());
        return Appointment.<Appointment>list("day = ?1 and status <> 'CANCELLED'", day).map(booked -> starts.stream()
                .map(t -> new Slot(t, capacity, booked.stream().filter(a -> a.slotStart.equals(t)).count())).toList());
    }

    @WithTransaction
    public Uni<Appointment> book(LocalDate day, LocalTime start, String name, String phone, String itemCode, Actor actor) {
        var now = clock.instant();
        if (!slots.isSlot(day, start, calendars.calendar())) {
            return Uni.createFrom().failure(ProblemException.invalid("no-such-slot",
                    "该日期或时段不开放预约（非工作日或不在办公时段内）", "No appointment slot then (not a working day or not a slot start)"));
        }
        if (!slots.bookable(day, start, now, calendars.calendar())) {
            return Uni.createFrom().failure(ProblemException.invalid("slot-passed", "该时段已开始，不能再预约",
                    "That slot has already started"));
        }
        return Panache.getSession()
                .flatMap(s -> s.createNativeQuery("select pg_advisory_xact_lock(hashtext(:k))")
                        .setParameter("k", "appointment:" + day + "T" + start).getSingleResult())
                .flatMap(x -> Appointment.count("day = ?1 and slotStart = ?2 and status <> 'CANCELLED'", day, start))
                .flatMap(n -> {
                    if (n >= capacity) {
                        return Uni.createFrom().failure(ProblemException.conflict("slot-full",
                                "该时段预约已满，请选择其他时段", "That slot is fully booked"));
                    }
                    var a = new Appointment();
                    a.id = UUID.randomUUID();
                    a.day = day;
                    a.slotStart = start;
                    a.applicantName = name;
                    a.phone = phone;
                    a.itemCode = itemCode;
                    a.status = Appointment.BOOKED;
                    a.bookedBy = actor.userId();
                    a.bookedAt = now;
                    return a.persist();
                });
    }

    /**
     * The applicant arrives: on time (from 30 minutes before the slot to 15 after its end) an
     * appointment ticket, called first; later, a normal ticket; earlier or on another day, refused.
     */
    @WithTransaction
    public Uni<Ticket> checkIn(UUID id, Actor actor) {
        return booked(id).flatMap(a -> {
            var verdict = slots.checkIn(a.day, a.slotStart, clock.instant(), calendars.calendar());
            return switch (verdict) {
                case WRONG_DAY -> Uni.createFrom().failure(ProblemException.conflict("not-today",
                        "预约日期为" + a.day + "，不是今天", "The appointment is for " + a.day + ", not today"));
                case TOO_EARLY -> Uni.createFrom().failure(ProblemException.conflict("too-early",
                        "预约时段" + a.slotStart + "开始前30分钟起方可签到", "Check-in opens 30 minutes before the slot (" + a.slotStart + ")"));
                case APPOINTMENT, LATE -> queue.issue(verdict == AppointmentSlots.CheckIn.APPOINTMENT ? "APPOINTMENT" : "NORMAL", actor)
                        .invoke(t -> {
                            a.status = "CHECKED_IN";
                            a.ticketNumber = t.ticketNumber;
                        });
            };
        });
    }

    @WithTransaction
    public Uni<Appointment> cancel(UUID id) {
        return booked(id).invoke(a -> a.status = "CANCELLED");
    }

    private Uni<Appointment> booked(UUID id) {
        return Appointment.<Appointment>findById(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("预约 appointment", id.toString()))
                .invoke(a -> {
                    if (!Appointment.BOOKED.equals(a.status)) {
                        throw ProblemException.conflict("appointment-not-open", "该预约已签到或已取消（" + a.status + "）",
                                "The appointment was already checked in or cancelled (" + a.status + ")");
                    }
                });
    }
}
