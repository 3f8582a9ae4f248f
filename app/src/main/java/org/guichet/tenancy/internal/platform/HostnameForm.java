package org.guichet.tenancy.internal.platform;

import org.guichet.tenancy.internal.FormChecks;
import org.springframework.validation.Errors;

/** One more hostname for a tenant. */
public class HostnameForm {

    private String hostname = "";

    String validate(Errors errors, String platformHost) {
        hostname = PlatformChecks.hostname(errors, "hostname", hostname, platformHost);
        return hostname;
    }

    public String getHostname() {
        return hostname;
    }

    public void setHostname(String hostname) {
        this.hostname = FormChecks.bounded(hostname);
    }
}
