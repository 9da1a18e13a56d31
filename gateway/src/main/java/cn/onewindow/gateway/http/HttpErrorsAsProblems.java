package cn.onewindow.gateway.http;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.jboss.logging.Logger;

import cn.onewindow.gateway.security.StaffOnly;
import cn.onewindow.platform.problem.ProblemException;
import io.quarkus.security.ForbiddenException;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * The answers the HTTP layer gives by itself become problem documents too. Without this, a path no endpoint
 * or file answers got Vert.x's HTML page, and a failure Vert.x or Quarkus found before any endpoint (a path
 * Vert.x could not read, a body too large) an empty body from Quarkus' last failure handler.
 */
@ApplicationScoped
public class HttpErrorsAsProblems {
    private static final Logger LOG = Logger.getLogger(HttpErrorsAsProblems.class);

    /**
     * After every route that could answer: the REST endpoints (before 10 000), the static files (10 000), the
     * routes placed after them (20 000 and up); Quarkus' own last failure handler is at Integer.MAX_VALUE.
     */
    static final int LAST_RESORT = Integer.MAX_VALUE - 1;

    private final ProblemResponses problems;

    public HttpErrorsAsProblems(ProblemResponses problems) {
        this.problems = problems;
    }

    void register(@Observes Router router) {
        router.route().order(LAST_RESORT).handler(rc -> problems.send(rc, HttpStatusProblems.of(404)));
        router.route().order(LAST_RESORT).failureHandler(this::answerFailure);
    }

    void answerFailure(RoutingContext rc) {
        Throwable failure = rc.failure();
        if (rc.response().headWritten() || isAuthentication(failure)) {
            // an answer under way is Quarkus' to close; a login redirect or a WWW-Authenticate challenge is
            // Quarkus security's to send
            rc.next();
            return;
        }
        ProblemException applicantRefused = rc.get(StaffOnly.REFUSAL);
        if (applicantRefused != null && failure instanceof ForbiddenException) {
            if (StaffOnly.isStaffAppPage(rc)) {
                // an applicant's login lands on the staff app's address: their own page instead
                rc.response().setStatusCode(303).putHeader("Location", StaffOnly.APPLICANT_PAGE).end();
            } else {
                problems.send(rc, applicantRefused);
            }
            return;
        }
        int status = failure instanceof ForbiddenException ? 403 : rc.statusCode() > 0 ? rc.statusCode() : 500;
        if (status >= 500) {
            LOG.errorf(failure, "%s %s failed", rc.request().method(), rc.request().path());
        } else if (failure != null) {
            LOG.debugf(failure, "%s %s refused with %d", rc.request().method(), rc.request().path(), status);
        }
        problems.send(rc, HttpStatusProblems.of(status));
    }

    /** Authentication's failures, whose answer (a challenge, a redirect to the login page) security gives. */
    static boolean isAuthentication(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ForbiddenException) {
                return false;
            }
            String type = t.getClass().getName();
            if (type.startsWith("io.quarkus.security.") || type.startsWith("io.quarkus.vertx.http.runtime.security.")) {
                return true;
            }
        }
        return false;
    }
}
