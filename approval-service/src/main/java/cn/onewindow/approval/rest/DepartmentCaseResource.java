package cn.onewindow.approval.rest;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;

import cn.onewindow.approval.joint.domain.JointRules;
import cn.onewindow.approval.joint.service.DepartmentWork;
import cn.onewindow.approval.joint.service.JointReview;
import cn.onewindow.approval.model.ExaminationStep;
import cn.onewindow.approval.service.ApprovalService;
import cn.onewindow.approval.service.CaseClocks;
import cn.onewindow.approval.service.ExaminationService;
import cn.onewindow.approval.service.FeeNotices;
import cn.onewindow.platform.security.CurrentActor;
import cn.onewindow.platform.security.Posts;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;

/**
 * The department API, for reviewers in the browser and for department systems with
 * client-credential tokens; every endpoint is limited to the department named in the token.
 * Department systems learn of new cases by polling {@code /feed} with the cursor of the last case
 * they saw (at-least-once, in arrival order; nothing to expose inside the department), or have every
 * event of their cases pushed to a webhook of theirs ({@code webhook/rest/WebhookResource}).
 */
@Path("/api/department/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RolesAllowed({Posts.DEPARTMENT_REVIEWER, Posts.CHIEF_REPRESENTATIVE, Posts.DEPARTMENT_SYSTEM})
public class DepartmentCaseResource {
    private final ApprovalService approval;
    private final ExaminationService examination;
    private final CaseClocks clocks;
    private final CurrentActor actor;
    private final Clock clock;
    private final cn.onewindow.platform.time.CalendarHolder calendars;
    private final DepartmentWork work;
    private final JointReview joint;

    public DepartmentCaseResource(ApprovalService approval, ExaminationService examination, CaseClocks clocks,
                                  CurrentActor actor, Clock clock, cn.onewindow.platform.time.CalendarHolder calendars,
                                  DepartmentWork work, JointReview joint) {
        this.work = work; // 联审联办 / 上报件: co-departments' opinion tasks and forwarded cases beside the own ones
        this.joint = joint;
        this.approval = approval;
        this.examination = examination;
        this.clocks = clocks;
        this.actor = actor;
        this.clock = clock;
        this.calendars = calendars;
    }

    public record Feed(List<ApprovalCaseView> cases, long nextCursor) {
    }

    public record ClaimRequest(@Size(max = 100) String assigneeId, @Size(max = 100) String assigneeName) {
    }

    /** {@code parts}: a FORWARDED case's two parts (first instance, the authority's decision); empty for any other. */
    public record ClockView(String caseId, String kind, String state, java.time.Instant start, int budget,
                            java.time.Instant deadline, java.time.Instant warnAt, List<Map<String, Object>> stops,
                            List<JointRules.ClockPart> parts) {
    }

    @GET
    @Operation(summary = "My department's work queue in one state, nearest deadline first; mine=true for my own cases")
    public Uni<List<ApprovalCaseView>> queue(@QueryParam("status") @DefaultValue("QUEUED")
                                             @Pattern(regexp = "AWAITING_ACCEPTANCE|QUEUED|APPROVED|DENIED|NOT_ACCEPTED|TERMINATED") String status,
                                             @QueryParam("mine") @DefaultValue("false") boolean mine) {
        var a = actor.actor();
        return work.queue(actor.department(), status, mine ? a.userId() : null).map(this::views);
    }

    @GET
    @Path("/feed")
    @Operation(summary = "New cases for my department after the cursor, in arrival order (poll with nextCursor)")
    public Uni<Feed> feed(@QueryParam("after") @DefaultValue("0") @Min(0) long after,
                          @QueryParam("limit") @DefaultValue("100") @Min(1) @Max(500) int limit) {
        return work.feed(actor.department(), after, limit).map(l -> {
            var views = views(l);
            return new Feed(views, views.isEmpty() ? after : views.get(views.size() - 1).cursor());
        });
    }

    @GET
    @Path("/{caseId}")
    @Operation(summary = "One case with its status and clock")
    public Uni<ApprovalCaseView> get(@PathParam("caseId") String caseId) {
        return approval.find(caseId, actor.department()).map(this::view);
    }

    @GET
    @Path("/{caseId}/clock")
    @Operation(summary = "The case's clock: kind, state, deadline and every stop")
    @WithSession
    public Uni<ClockView> clockOf(@PathParam("caseId") String caseId) {
        return approval.find(caseId, actor.department()).flatMap(c -> clocks.suspensions(caseId).flatMap(stops -> joint.clockParts(c)
                .map(parts -> new ClockView(
                caseId, c.clockKind, ApprovalCaseView.clockState(c, clock.instant()), c.clockStart, c.clockBudget, c.deadline,
                c.warnAt, stops.stream().map(s -> Map.<String, Object>of("clock", s.clockKind, "reason", s.reason,
                        "stoppedAt", s.suspendedAt, "resumedAt", s.resumedAt == null ? "" : s.resumedAt)).toList(), parts))));
    }

    @POST
    @Path("/{caseId}/claim")
    @Operation(summary = "Take the case from the department queue (the chief representative may assign it to a colleague)")
    public Uni<ApprovalCaseView> claim(@PathParam("caseId") String caseId, @Valid ClaimRequest request) {
        actor.department();
        return approval.claim(caseId, actor.actor(), request == null ? null : request.assigneeId(),
                request == null ? null : request.assigneeName()).map(this::view);
    }

    @POST
    @Path("/{caseId}/acceptance")
    @Operation(summary = "Acceptance decision on a received file: ACCEPT, NOTIFY (one-time notice) or REJECT")
    public Uni<ApprovalCaseView> acceptance(@PathParam("caseId") String caseId, @NotNull @Valid AcceptanceRequest request) {
        actor.department();
        return approval.decideAcceptance(caseId, request.command(), actor.actor()).map(this::view);
    }

    @GET
    @Path("/{caseId}/steps")
    @Operation(summary = "The case's examination steps")
    public Uni<List<ExaminationStep>> steps(@PathParam("caseId") String caseId) {
        return examination.steps(caseId, actor.department());
    }

    @POST
    @Path("/{caseId}/steps")
    @Operation(summary = "Start a step: SITE_CHECK, INSPECTION, EXPERT_REVIEW or FEE (the last three stop the clock)")
    public Uni<ExaminationStep> startStep(@PathParam("caseId") String caseId, @NotNull @Valid StepRequest request) {
        actor.department();
        FeeNotices.checkHowToPay(request.howToPay()); // goes out in the hall's SMS: no link, no account number
        return examination.start(caseId, request.command(), actor.actor());
    }

    @POST
    @Path("/{caseId}/steps/{stepId}/completion")
    @Operation(summary = "End a step with its outcome; the clock runs again")
    public Uni<ExaminationStep> completeStep(@PathParam("caseId") String caseId, @PathParam("stepId") UUID stepId,
                                             @NotNull @Valid StepCompletion completion) {
        actor.department();
        return examination.complete(caseId, stepId, completion.outcome(), actor.actor());
    }

    @POST
    @Path("/{caseId}/payments")
    @Operation(summary = "Payment confirmation for the fee notice; the clock runs again")
    public Uni<ExaminationStep> paid(@PathParam("caseId") String caseId, @NotNull @Valid PaymentConfirmation payment) {
        actor.department();
        return examination.paid(caseId, payment.command(), actor.actor());
    }

    @POST
    @Path("/{caseId}/supplement-request")
    @Operation(summary = "Ask once for everything missing or wrong; the window tells the applicant; the clock stops. "
            + "After the applicant supplied a request, again only with newProblemInSuppliedMaterial and its reason")
    public Uni<ApprovalCaseView> supplementRequest(@PathParam("caseId") String caseId,
                                                   @NotNull @Valid SupplementRequestBody request) {
        actor.department();
        return examination.requestSupplement(caseId, request.command(), actor.actor()).map(this::view);
    }

    @POST
    @Path("/{caseId}/decision")
    @Operation(summary = "Approve (with the result's metadata) or deny (written reasons; the chief representative signs)")
    public Uni<ApprovalCaseView> decide(@PathParam("caseId") String caseId, @NotNull @Valid DecisionRequest decision) {
        actor.department(); // refuses a token without a department before anything is read
        return approval.decide(caseId, decision.command(), actor.actor()).map(this::view);
    }

    private ApprovalCaseView view(cn.onewindow.approval.model.ApprovalCase c) {
        return ApprovalCaseView.of(c, clock.instant(), calendars.calendar(),
                JointRules.part(c.itemType, c.departmentCode, c.forwardedTo, actor.department()), c.feedSeq);
    }

    private List<ApprovalCaseView> views(List<DepartmentWork.Entry> l) {
        var now = clock.instant();
        var calendar = calendars.calendar();
        return l.stream().map(e -> ApprovalCaseView.of(e.c(), now, calendar, e.part(), e.cursor())).toList();
    }
}
