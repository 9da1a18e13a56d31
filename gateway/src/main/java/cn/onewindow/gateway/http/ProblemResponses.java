package cn.onewindow.gateway.http;

import java.io.UncheckedIOException;

import jakarta.enterprise.context.ApplicationScoped;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.onewindow.platform.problem.Problem;
import cn.onewindow.platform.problem.ProblemException;
import cn.onewindow.gateway.security.SecurityHeaders;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;

/**
 * Answers a request with a problem document from below the REST layer (route filters, failure handlers),
 * where the platform's exception mappers do not reach: the same RFC 7807 JSON, in English and Chinese.
 */
@ApplicationScoped
public class ProblemResponses {
    private final ObjectMapper json;

    public ProblemResponses(ObjectMapper json) {
        this.json = json;
    }

    /** Ends the answer with the problem, unless an answer is already under way. */
    public void send(RoutingContext rc, ProblemException problem) {
        HttpServerResponse response = rc.response();
        if (response.ended() || response.headWritten()) {
            return;
        }
        int status = problem.status();
        Problem body = new Problem("https://onewindow.cn/problems/" + problem.code(), HttpStatusProblems.title(status), status,
                problem.getMessage(), null, problem.code(), HttpStatusProblems.titleZh(status), problem.messageZh(), problem.errors());
        response.setStatusCode(status).putHeader("Content-Type", Problem.MEDIA_TYPE);
        // also when the request was refused before the security headers' own filter ran (a failure Vert.x found)
        SecurityHeaders.applyTo(response.headers(), rc.request().path(), status);
        response.end(Buffer.buffer(bytes(body)));
    }

    private byte[] bytes(Problem problem) {
        try {
            return json.writeValueAsBytes(problem);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
