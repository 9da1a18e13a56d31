package cn.onewindow.gateway.http;

import cn.onewindow.platform.problem.ProblemException;
import io.netty.handler.codec.http.HttpResponseStatus;

/**
 * What an HTTP status means to the caller, in both languages: for the answers the HTTP layer gives itself
 * (no endpoint for the path, a body too large, a request Vert.x could not read), which carry no reason of
 * their own.
 */
public final class HttpStatusProblems {
    private HttpStatusProblems() {
    }

    public static ProblemException of(int status) {
        return switch (status) {
            case 400 -> new ProblemException(400, "bad-request", "请求格式有误，未被处理", "The request is malformed; it was not processed");
            case 401 -> new ProblemException(401, "unauthenticated", "未登录或令牌无效", "Authentication is required");
            case 403 -> new ProblemException(403, "forbidden", "您的岗位无权执行此操作", "Your post is not allowed to do this");
            case 404 -> new ProblemException(404, "not-found", "请求的资源不存在", "Resource not found");
            case 405 -> new ProblemException(405, "method-not-allowed", "不支持该请求方法", "Method not allowed");
            case 413 -> new ProblemException(413, "payload-too-large", "请求体过大，未被处理", "The request body is too large; it was not processed");
            case 414 -> new ProblemException(414, "uri-too-long", "请求地址过长，未被处理", "The request URI is too long; it was not processed");
            case 415 -> new ProblemException(415, "unsupported-media-type", "请求内容类型不受支持", "Unsupported content type");
            case 431 -> new ProblemException(431, "header-fields-too-large", "请求头过大，未被处理",
                    "The request header fields are too large; the request was not processed");
            case 503 -> new ProblemException(503, "service-unavailable", "服务暂不可用，请稍后重试", "Service unavailable; try again shortly");
            default -> status >= 500
                    ? new ProblemException(status, "internal-error", "系统内部错误，请稍后再试；已记录", "Internal error; it was logged")
                    : new ProblemException(status, "request-refused", "请求被拒绝", "Request refused");
        };
    }

    /** The status's English reason phrase, the problem's {@code title}. */
    public static String title(int status) {
        return HttpResponseStatus.valueOf(status).reasonPhrase();
    }

    /** The problem's {@code titleZh}, as the services' problems have it. */
    public static String titleZh(int status) {
        return switch (status) {
            case 400 -> "请求有误";
            case 401 -> "未认证";
            case 403 -> "无权操作";
            case 404 -> "未找到";
            case 409 -> "状态冲突";
            case 413 -> "请求体过大";
            case 415 -> "内容类型不支持";
            case 422 -> "无法处理";
            default -> status >= 500 ? "系统错误" : "请求被拒绝";
        };
    }
}
