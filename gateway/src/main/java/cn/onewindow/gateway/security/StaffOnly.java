package cn.onewindow.gateway.security;

import java.util.List;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.platform.security.Applicant;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.vertx.http.runtime.security.HttpSecurityPolicy;
import io.smallrye.mutiny.Uni;
import io.vertx.ext.web.RoutingContext;

/**
 * The gateway's one door for everyone logged in ({@code quarkus.http.auth.permission.staff.policy=staff-only}): staff
 * pass everywhere the services let their posts, an applicant (申请人, the realm role {@value Applicant#ROLE}, never a
 * staff post) only to what is theirs — the services' applicant operations through the proxy
 * ({@code /api/<service>/applicant/…}), who is logged in ({@code /api/me}, which tells the web app to send them to
 * their own page) and the logout. The staff web app, the timelines, the live feed, the published API and every
 * other service path answer an applicant 403 {@code applicant-not-staff}; the staff app's page sends them to the
 * applicant page instead (their login starts there). The public paths never reach this policy (their own
 * permission, permit); nobody logged in is sent to log in, as the plain {@code authenticated} policy did.
 *
 * <p>Decided from the path's checked segments ({@link PathSegments}), the very segments the proxy forwards
 * ({@code ServicePath}), so no spelling of a path gets an applicant past it.
 */
@ApplicationScoped
public class StaffOnly implements HttpSecurityPolicy {
    static final String NAME = "staff-only";
    /** Set on the request this policy refused an applicant: the problem to answer with (HttpErrorsAsProblems). */
    public static final String REFUSAL = StaffOnly.class.getName() + ".refusal";
    /** The staff app's pages: an applicant is sent to their own page instead of a problem document. */
    static final Set<String> STAFF_APP_PAGES = Set.of("/", "/index.html");
    public static final String APPLICANT_PAGE = "/applicant.html";
    static final Set<String> SERVICES = Set.of("intake", "routing", "approval", "issuance", "evaluation");

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Uni<CheckResult> checkPermission(RoutingContext rc, Uni<SecurityIdentity> identity, AuthorizationRequestContext context) {
        return identity.map(id -> {
            if (id.isAnonymous()) {
                return CheckResult.DENY; // anonymous and denied: Quarkus asks for a login (401, or the login page)
            }
            if (!Applicant.isApplicant(id) || applicantMayReach(rc.request().path())) {
                return CheckResult.PERMIT;
            }
            rc.put(REFUSAL, refusal());
            return CheckResult.DENY;
        });
    }

    /** What an applicant may reach behind the login: their own operations in each service, who they are, the logout. */
    static boolean applicantMayReach(String rawPath) {
        List<String> s;
        try {
            s = PathSegments.decode(rawPath);
        } catch (PathRefusal e) {
            return false;
        }
        if (s.size() == 2 && s.get(0).equals("api") && s.get(1).equals("me")) {
            return true;
        }
        if (s.size() == 1 && s.get(0).equals("logout")) {
            return true;
        }
        return s.size() >= 4 && s.get(0).equals("api") && SERVICES.contains(s.get(1)) && s.get(2).equals("applicant")
                && !s.get(3).isEmpty();
    }

    /** Whether the refused request was the staff app's page itself, which sends an applicant to their own page. */
    public static boolean isStaffAppPage(RoutingContext rc) {
        return "GET".equals(rc.request().method().name()) && STAFF_APP_PAGES.contains(rc.request().path());
    }

    static ProblemException refusal() {
        return ProblemException.forbidden("applicant-not-staff", "申请人账号不能使用工作人员的功能，请在申请人页面办理",
                "An applicant's login cannot use the staff's functions; use the applicant page");
    }
}
