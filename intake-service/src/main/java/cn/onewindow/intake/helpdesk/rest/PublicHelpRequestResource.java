package cn.onewindow.intake.helpdesk.rest;

import java.time.Instant;

import jakarta.annotation.security.PermitAll;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import cn.onewindow.intake.helpdesk.service.HelpDeskService;
import io.smallrye.mutiny.Uni;

/**
 * The self-service terminal's help button (自助终端 "帮办"): no login, throttled per caller like every public path
 * (PublicPaths, PublicRateLimit; through the gateway {@code POST /api/intake/public/help-requests}). The terminal names
 * its hall (required and known: 422 unknown-hall, nothing written); the request is a TERMINAL one. The answer says only
 * that it was noted and how soon the helper answers — nothing of any other request.
 */
@Path("/api/public/help-requests")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@PermitAll
public class PublicHelpRequestResource {
    private final HelpDeskService desk;

    public PublicHelpRequestResource(HelpDeskService desk) {
        this.desk = desk;
    }

    public record TerminalRequest(
            @NotNull @Pattern(regexp = "[A-Z]{2,8}", message = "must be a hall code such as DX") String hallCode,
            @Pattern(regexp = "[A-Z]{2,8}-\\d{4}", message = "must look like AMR-0001") String itemCode,
            @Size(max = 100) String applicantName,
            @Pattern(regexp = "\\d[\\d-]{4,19}", message = "must be a phone number") String phone,
            @NotBlank @Size(max = 1000) String question) {
    }

    /** What the terminal shows: the request was noted, a helper answers within {@code answerWithinSeconds}. */
    public record HelpRequestNoted(String id, String hallCode, Instant createdAt, int answerWithinSeconds, String messageZh,
                        String message) {
    }

    @POST
    public Uni<Response> create(@NotNull @Valid TerminalRequest request) {
        return desk.create(new HelpDeskService.NewRequest("TERMINAL", request.hallCode(), request.itemCode(),
                request.applicantName(), request.phone(), request.question()), null).map(h -> Response.status(201)
                .entity(new HelpRequestNoted(h.id.toString(), h.hallCode, h.createdAt, h.answerLimitSeconds,
                        "已收到您的求助，帮办人员将在" + h.answerLimitSeconds + "秒内响应",
                        "Your request was noted; a helper answers within " + h.answerLimitSeconds + " s"))
                .build());
    }
}
