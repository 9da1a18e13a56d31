package cn.onewindow.platform.observability;

import jakarta.ws.rs.container.ContainerRequestContext;

import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Puts the case a REST call is about into the log context ({@code caseId} in every JSON log line of the
 * call), next to the trace and span ids OpenTelemetry adds. Consumers do the same in the inbox.
 */
public class CaseIdLogContext {
    public static final String CASE_ID = "caseId";

    @ServerRequestFilter
    public void caseOfRequest(ContainerRequestContext request) {
        String caseId = request.getUriInfo().getPathParameters().getFirst(CASE_ID);
        if (caseId != null) {
            MDC.put(CASE_ID, caseId);
        }
    }
}
