package cn.onewindow.gateway;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Starts the gateway with Quarkus' request-target check switched off: Quarkus answers a target that
 * {@code java.net.URI} cannot parse (a raw {@code [}, {@code "} or {@code {}…) with an empty 400 before any
 * handler runs. The gateway's {@link cn.onewindow.gateway.security.PathGuard} checks path and query more
 * strictly than that and answers with a problem document. Set before Quarkus starts because Quarkus reads it
 * once when the HTTP server starts; the component tests set it in the surefire configuration.
 */
@QuarkusMain
public final class GatewayMain {
    static final String URI_CHECK = "vertx.disableURIValidation";

    private GatewayMain() {
    }

    public static void main(String... args) {
        System.setProperty(URI_CHECK, "true");
        Quarkus.run(args);
    }
}
