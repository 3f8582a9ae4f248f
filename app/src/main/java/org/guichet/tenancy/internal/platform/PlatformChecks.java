package org.guichet.tenancy.internal.platform;

import java.time.ZoneId;
import java.util.Locale;
import java.util.regex.Pattern;
import org.guichet.tenancy.TenantKind;
import org.springframework.validation.Errors;

/** Checks of the platform console's fields that the tenancy forms do not share. */
final class PlatformChecks {

    private static final Pattern SLUG = Pattern.compile("^[a-z0-9](-?[a-z0-9])*$");
    private static final Pattern HOSTNAME = Pattern.compile(
            "^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?(?:\\.[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?)+$");

    private PlatformChecks() {}

    static String slug(Errors errors, String field, String value) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            errors.rejectValue(field, "platform.slug.required");
        } else if (v.length() < 2 || v.length() > 63 || !SLUG.matcher(v).matches()) {
            errors.rejectValue(field, "platform.slug.format");
        }
        return v;
    }

    /** A hostname in lower case; the platform's own host is refused, as it serves the console. */
    static String hostname(Errors errors, String field, String value, String platformHost) {
        String v = value == null ? "" : value.strip().toLowerCase(Locale.ROOT);
        if (v.isEmpty()) {
            errors.rejectValue(field, "platform.hostname.required");
        } else if (v.length() > 253 || !HOSTNAME.matcher(v).matches()) {
            errors.rejectValue(field, "platform.hostname.format");
        } else if (v.equalsIgnoreCase(platformHost)) {
            errors.rejectValue(field, "platform.hostname.platform");
        }
        return v;
    }

    static TenantKind kind(Errors errors, String field, String value) {
        for (TenantKind kind : TenantKind.values()) {
            if (kind.name().equals(value)) {
                return kind;
            }
        }
        errors.rejectValue(field, "platform.kind.required");
        return null;
    }

    static ZoneId zone(Errors errors, String field, String value) {
        ZoneId zone = FrenchTimeZones.find(value);
        if (zone == null) {
            errors.rejectValue(field, "platform.timeZone.required");
        }
        return zone;
    }

    static String colour(Errors errors, String field, String value) {
        var colour = BrandColour.parse(value);
        if (colour.isEmpty()) {
            errors.rejectValue(field, "platform.colour.format");
            return value == null ? "" : value.strip();
        }
        double contrast = BrandColour.contrastWithWhite(colour.get());
        if (contrast < BrandColour.MIN_CONTRAST_WITH_WHITE) {
            errors.rejectValue(field, "platform.colour.contrast",
                    new Object[] {Math.floor(contrast * 100) / 100}, null);
        }
        return colour.get();
    }
}
