package cn.onewindow.platform.problem;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import com.fasterxml.jackson.core.JsonProcessingException;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

import cn.onewindow.platform.inbox.FailureKind;

/**
 * Turns every failure of a REST call into RFC 7807 problem JSON in Chinese and English. The
 * service's state is never changed by a refused call: refusals happen before, or roll back, the
 * transaction.
 */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    @ServerExceptionMapper
    public Response problem(ProblemException ex, UriInfo uri) {
        return respond(ex.status(), ex.code(), ex.messageZh(), ex.getMessage(), ex.errors(), uri);
    }

    @ServerExceptionMapper
    public Response invalid(ConstraintViolationException ex, UriInfo uri) {
        Map<String, String> errors = new LinkedHashMap<>();
        ex.getConstraintViolations().forEach(v -> errors.put(lastNode(v.getPropertyPath().toString()), v.getMessage()));
        return respond(400, "invalid-request", "请求内容不符合要求：" + String.join("；", errors.keySet()),
                "The request is invalid: " + String.join(", ", errors.keySet()), errors, uri);
    }

    @ServerExceptionMapper
    public Response unreadable(JsonProcessingException ex, UriInfo uri) {
        return respond(400, "malformed-json", "请求体不是有效的JSON", "The request body is not valid JSON: "
                + ex.getOriginalMessage(), null, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException ex, UriInfo uri) {
        return respond(401, "unauthenticated", "未登录或令牌无效", "Authentication is required", null, uri);
    }

    @ServerExceptionMapper
    public Response unauthenticated(AuthenticationFailedException ex, UriInfo uri) {
        return respond(401, "unauthenticated", "未登录或令牌无效", "Authentication is required", null, uri);
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException ex, UriInfo uri) {
        return respond(403, "forbidden", "您的岗位无权执行此操作", "Your post is not allowed to do this", null, uri);
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException ex, UriInfo uri) {
        int status = ex.getResponse().getStatus();
        if (ex.getCause() instanceof JsonProcessingException jpe) {
            return unreadable(jpe, uri);
        }
        return switch (status) {
            case 404 -> respond(404, "not-found", "请求的资源不存在", "Resource not found", null, uri);
            case 405 -> respond(405, "method-not-allowed", "不支持该请求方法", "Method not allowed", null, uri);
            case 406 -> respond(406, "not-acceptable", "无法提供所请求的格式", "Not acceptable", null, uri);
            case 415 -> respond(415, "unsupported-media-type", "请求内容类型不受支持，请使用 application/json",
                    "Unsupported content type; use application/json", null, uri);
            default -> respond(status, "request-refused", "请求被拒绝", safeMessage(ex), null, uri);
        };
    }

    @ServerExceptionMapper(priority = 10_000)
    public Response unexpected(Throwable ex, UriInfo uri, Request request) {
        return unexpected(ex, uri, request == null ? "GET" : request.getMethod());
    }

    Response unexpected(Throwable ex, UriInfo uri, String method) {
        if (concurrentChange(ex)) {
            // someone (or a deadline monitor) changed the same row first; the transaction rolled back
            return respond(409, "concurrent-change", "该记录刚被他人修改，请刷新后重试；本次未做任何更改",
                    "The record was changed meanwhile; reload and try again (nothing was changed)", null, uri);
        }
        if (unstorableValue(ex)) {
            // the database refused a value the request carried (a NUL character, a number or date out of range);
            // logged, since a value the service computed itself would land here too
            LOG.warn("value refused by the database on " + (uri == null ? "?" : uri.getPath()), ex);
            return respond(400, "invalid-value", "请求中含有无法保存的值（如空字符、超出范围的数字或日期）；未做任何更改",
                    "The request holds a value that cannot be stored (a NUL character, a number or date out of range); "
                            + "nothing was changed", null, uri);
        }
        if (databaseUnavailable(ex) && !"GET".equals(method) && !"HEAD".equals(method) && DatabaseOutage.brokeUnderWay(ex)) {
            // the connection broke while the transaction was under way, perhaps while its commit was being made
            // durable: PostgreSQL may have committed it (a commit record written before a crash is replayed on
            // recovery), so "nothing was changed" would be a guess. Same answer as the gateway's for a service
            // that went silent: look at the case before acting again.
            LOG.warn("database connection broke under " + method + " " + (uri == null ? "?" : uri.getPath()) + ": " + ex);
            return respond(502, "outcome-unknown", "数据库在处理中断开，操作可能已生效：请先查看案件状态再重试",
                    "The database connection broke while the call was handled; it may have taken effect: "
                            + "check the case before retrying", null, uri);
        }
        if (databaseUnavailable(ex)) {
            // PostgreSQL out of reach before anything was sent, or a read: nothing changed; the caller may simply retry
            LOG.warn("database unavailable on " + (uri == null ? "?" : uri.getPath()) + ": " + ex);
            Response r = respond(503, "database-unavailable", "数据库暂不可用，请稍后重试；本次未做任何更改",
                    "The database is unavailable for a moment; try again shortly (nothing was changed)", null, uri);
            return Response.fromResponse(r).header("Retry-After", "5").build();
        }
        LOG.error("unexpected failure on " + (uri == null ? "?" : uri.getPath()), ex);
        return respond(500, "internal-error", "系统内部错误，请稍后再试；已记录，未做任何更改",
                "Internal error; it was logged and nothing was changed", null, uri);
    }

    /** An optimistic-lock conflict anywhere in the cause chain (Hibernate's or JPA's). */
    static boolean concurrentChange(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof jakarta.persistence.OptimisticLockException || t instanceof org.hibernate.StaleStateException) {
                return true;
            }
        }
        return false;
    }

    /**
     * The database could not be reached or dropped the connection (or another part of the service's own
     * infrastructure is away): the same rule the event consumers wait on, {@link FailureKind#OUTAGE}.
     * A statement that failed this way was not committed.
     */
    static boolean databaseUnavailable(Throwable ex) {
        return FailureKind.of(ex) == FailureKind.OUTAGE;
    }

    /** PostgreSQL's "data exception" class (SQLState 22…) anywhere in the cause chain. */
    static boolean unstorableValue(Throwable ex) {
        for (Throwable t = ex; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof org.hibernate.exception.DataException) {
                return true;
            }
            String state = t instanceof java.sql.SQLException sql ? sql.getSQLState()
                    : t instanceof io.vertx.pgclient.PgException pg ? pg.getSqlState() : null;
            if (state != null && state.startsWith("22")) {
                return true;
            }
        }
        return false;
    }

    static Response respond(int status, String code, String zh, String en, Map<String, String> errors, UriInfo uri) {
        var reason = Response.Status.fromStatusCode(status);
        String title = reason == null ? "Error" : reason.getReasonPhrase();
        var p = new Problem("https://onewindow.cn/problems/" + code, title, status, en,
                uri == null ? null : uri.getPath(), code, zhTitle(status), zh, errors);
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(p).build();
    }

    private static String zhTitle(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "未认证";
            case 403 -> "无权操作";
            case 404 -> "未找到";
            case 409 -> "状态冲突";
            case 415 -> "内容类型不支持";
            case 422 -> "无法处理";
            default -> status >= 500 ? "系统错误" : "请求被拒绝";
        };
    }

    private static String lastNode(String path) {
        int i = path.lastIndexOf('.');
        return i < 0 ? path : path.substring(i + 1);
    }

    private static String safeMessage(WebApplicationException ex) {
        String m = ex.getMessage();
        return m == null ? "Request refused" : m;
    }
}
