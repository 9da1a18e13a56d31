package cn.onewindow.gateway.proxy;

import io.smallrye.config.ConfigMapping;

/**
 * Where the services listen ({@code onewindow.services.<service>}, on Kubernetes and Compose
 * {@code ONEWINDOW_SERVICES_<SERVICE>}): the gateway is the only door the browser knows, and {@link ServiceProxy}
 * forwards to these. No defaults: the gateway does not start without every one of them, and an unknown
 * {@code onewindow.services.*} property fails the start too.
 */
@ConfigMapping(prefix = "onewindow.services")
public interface ServiceAddresses {
    String intake();

    String routing();

    String approval();

    String issuance();

    String evaluation();
}
