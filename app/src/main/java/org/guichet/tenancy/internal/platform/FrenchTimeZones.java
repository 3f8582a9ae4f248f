package org.guichet.tenancy.internal.platform;

import java.time.ZoneId;
import java.util.List;

/**
 * The time zones a tenant may have: metropolitan France and the overseas territories. Legal
 * deadlines are computed in the tenant's zone, so a free choice among all zones is not offered.
 */
final class FrenchTimeZones {

    static final List<String> IDS = List.of("Europe/Paris", "America/Guadeloupe", "America/Martinique",
            "America/Cayenne", "Indian/Reunion", "Indian/Mayotte", "Pacific/Noumea", "Pacific/Tahiti",
            "America/Miquelon", "Pacific/Wallis");

    private FrenchTimeZones() {}

    /** The zone of that id, or null when it is not one of the list. */
    static ZoneId find(String id) {
        return IDS.contains(id) ? ZoneId.of(id) : null;
    }
}
