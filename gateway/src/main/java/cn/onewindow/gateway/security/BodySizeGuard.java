package cn.onewindow.gateway.security;

import jakarta.enterprise.context.ApplicationScoped;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.gateway.http.ProblemResponses;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.quarkus.vertx.web.RouteFilter;
import io.vertx.ext.web.RoutingContext;

/**
 * A body announced larger than the limit (quarkus.http.limits.max-body-size) is refused with a 413 problem
 * before a byte of it is read. Quarkus refuses it too, but later (router order -2) and with an empty body;
 * this filter runs first and answers the same way, closing the connection the rest of the body would come on.
 * A body without Content-Length (chunked) is measured as it is read, by the REST layer.
 */
@ApplicationScoped
public class BodySizeGuard {
    static final int PRIORITY = 9_000;

    private final long limit;
    private final ProblemResponses problems;

    public BodySizeGuard(@ConfigProperty(name = "quarkus.http.limits.max-body-size", defaultValue = "10240K") String maxBodySize,
                         ProblemResponses problems) {
        this.limit = new MemorySizeConverter().convert(maxBodySize).asLongValue();
        this.problems = problems;
    }

    @RouteFilter(PRIORITY)
    void refuseBodiesTooLarge(RoutingContext rc) {
        if (declaredLength(rc.request().getHeader("Content-Length")) > limit) {
            rc.response().putHeader("Connection", "close");
            rc.response().endHandler(v -> rc.request().connection().close());
            problems.send(rc, new ProblemException(413, "payload-too-large",
                    "请求体过大（上限 " + limit / 1024 + " KB），未被处理",
                    "The request body is larger than " + limit / 1024 + " KB; it was not processed"));
            return;
        }
        rc.next();
    }

    /** The Content-Length a request announces; -1 if none (or none Netty would have let through). */
    static long declaredLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
