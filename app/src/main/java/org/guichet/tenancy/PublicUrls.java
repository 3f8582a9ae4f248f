package org.guichet.tenancy;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Absolute links to a tenant's portal, for emails and PDFs written outside a web request (jobs,
 * listeners). Production sets {@code GUICHET_PUBLIC_SCHEME=https} (and {@code GUICHET_PUBLIC_PORT}
 * when it is not the scheme's default); otherwise the port the server listens on is kept.
 */
@Component
public class PublicUrls {

    private final Environment env;

    PublicUrls(Environment env) {
        this.env = env;
    }

    /** {@code path} (starting with /) on the tenant's primary host name. */
    public String of(Tenant tenant, String path) {
        String scheme = env.getProperty("guichet.public-scheme", "http");
        Integer port = env.getProperty("guichet.public-port", Integer.class);
        if (port == null) {
            port = env.getProperty("local.server.port", Integer.class, env.getProperty("server.port", Integer.class, 8080));
        }
        boolean defaultPort = port <= 0 || ("https".equals(scheme) && port == 443) || ("http".equals(scheme) && port == 80);
        return scheme + "://" + tenant.primaryHostname() + (defaultPort ? "" : ":" + port) + path;
    }
}
