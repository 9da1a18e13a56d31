package cn.onewindow.gateway.security;

import cn.onewindow.platform.problem.ProblemException;

/**
 * A request path the gateway neither routes nor forwards: a 400 problem ({@code malformed-path}) that
 * names the rule it broke. A {@link ProblemException}, so a REST endpoint that throws it answers the same
 * problem document as the route filter that refuses it first ({@link PathGuard}).
 */
public final class PathRefusal extends ProblemException {
    private final PathFault fault;

    public PathRefusal(PathFault fault) {
        super(400, "malformed-path", "请求路径不被接受：" + fault.zh() + "；请求未被处理",
                "The request path is refused: " + fault.en() + "; the request was not processed");
        this.fault = fault;
    }

    public PathFault fault() {
        return fault;
    }
}
