package org.guichet.tenancy;

import java.time.ZoneId;
import java.util.List;
import org.guichet.shared.TenantId;

/**
 * A public body using the platform, as its portal shows it.
 *
 * @param primaryColour the brand colour as {@code #rrggbb}
 * @param hasLogo whether a logo image was uploaded (served at {@code /branding/logo})
 */
public record Tenant(
        TenantId id,
        String slug,
        String name,
        TenantKind kind,
        ZoneId timeZone,
        String primaryColour,
        boolean hasLogo,
        Contact contact,
        List<String> hostnames) {

    /** The contact details the accusé de réception and the legal pages must show. */
    public record Contact(String postalAddress, String email, String phone) {}

    /** The hostname links and mails point to. */
    public String primaryHostname() {
        return hostnames.isEmpty() ? null : hostnames.getFirst();
    }
}
