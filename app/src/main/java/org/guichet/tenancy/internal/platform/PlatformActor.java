package org.guichet.tenancy.internal.platform;

import org.springframework.security.core.Authentication;

/** How the audit trail names a platform administrator: apart from the tenants' own accounts. */
final class PlatformActor {

    private PlatformActor() {}

    static String of(Authentication who) {
        return "operator:" + who.getName();
    }
}
