package org.guichet.forms;

import java.util.List;

/**
 * A current commune of INSEE's official geographic code.
 *
 * @param code            the INSEE code (5 characters, {@code 2A}/{@code 2B} for Corsica), not a postcode
 * @param departementCode e.g. {@code 33}, {@code 2A}, {@code 974}
 * @param postcodes       La Poste postcodes serving the commune (none for a few uninhabited territories)
 */
public record Commune(String code, String name, String departementCode, List<String> postcodes) {

    public Commune {
        postcodes = List.copyOf(postcodes);
    }
}
