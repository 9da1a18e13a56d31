package cn.onewindow.intake.queue.rest;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.platform.observability.PersonalNumbers;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import cn.onewindow.intake.queue.model.Appointment;
import cn.onewindow.intake.queue.service.AppointmentService;
import io.smallrye.mutiny.Uni;

/** Appointments by time slot (预约), booked for the applicant by the guide desk or a window, checked in at the hall. */
@Path("/api/appointments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.MID_DESK, Posts.WINDOW_CLERK})
public class AppointmentResource {
    private final AppointmentService appointments;
    private final CurrentActor actor;

    public AppointmentResource(AppointmentService appointments, CurrentActor actor) {
        this.appointments = appointments;
        this.actor = actor;
    }

    public record BookRequest(@NotNull LocalDate day, @NotNull LocalTime slotStart, @NotBlank @Size(max = 100) String applicantName,
                              @NotBlank @Pattern(regexp = "1[3-9]\\d{9}", message = "must be an 11-digit mobile number") String phone,
                              @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String itemCode) {
    }

    /** The phone number is masked in every answer (personal data). */
    public record AppointmentView(UUID id, LocalDate day, LocalTime slotStart, String applicantName, String phoneMasked,
                                  String itemCode, String status, String ticketNumber) {
        static AppointmentView of(Appointment a) {
            return new AppointmentView(a.id, a.day, a.slotStart, a.applicantName,
                    PersonalNumbers.maskMobile(a.phone), a.itemCode, a.status, a.ticketNumber);
        }
    }

    @GET
    @Path("/slots")
    public Uni<List<AppointmentService.Slot>> slots(@QueryParam("day") @NotNull LocalDate day) {
        return appointments.slots(day);
    }

    @POST
    public Uni<Response> book(@NotNull @Valid BookRequest r) {
        return appointments.book(r.day(), r.slotStart(), r.applicantName(), r.phone(), r.itemCode(), actor.actor())
                .map(a -> Response.status(201).entity(AppointmentView.of(a)).build());
    }

    /** The applicant arrived: an appointment ticket (called first) when on time, a normal one when late. */
    @POST
    @Path("/{id}/check-in")
    @Consumes(MediaType.WILDCARD)
    public Uni<QueueResource.TicketView> checkIn(@PathParam("id") UUID id) {
        return appointments.checkIn(id, actor.actor()).map(QueueResource.TicketView::of);
    }

    @DELETE
    @Path("/{id}")
    @Consumes(MediaType.WILDCARD)
    public Uni<AppointmentView> cancel(@PathParam("id") UUID id) {
        return appointments.cancel(id).map(AppointmentView::of);
    }
}
