package org.guichet.shared;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How this installation runs. In production, demo data and every development implementation of
 * an extension point are refused at start-up.
 *
 * @param production the production switch ({@code GUICHET_PRODUCTION=true})
 * @param demo whether the demo tenants, accounts and data are loaded (refused in production)
 */
@ConfigurationProperties("guichet")
public record PlatformMode(boolean production, Boolean demo) {

    public PlatformMode {
        if (demo == null) {
            demo = !production;
        }
        if (production && demo) {
            throw new IllegalStateException(
                    "GUICHET_DEMO=true is refused in production mode (GUICHET_PRODUCTION=true): demo accounts have public passwords");
        }
    }

    /**
     * Fails start-up when a development implementation is selected in production.
     *
     * @param what the extension point and implementation, for the message
     */
    public void refuseInProduction(String what) {
        if (production) {
            throw new IllegalStateException(what + " is a development implementation and is refused in production mode");
        }
    }
}
