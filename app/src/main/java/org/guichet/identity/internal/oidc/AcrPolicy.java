package org.guichet.identity.internal.oidc;

import java.util.List;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether the authentication level a provider reports ({@code acr}) is what the tenant asked for
 * ({@code acr_values}). A provider may answer with another level than requested, so the answer is
 * checked rather than trusted. eIDAS levels are ordered ({@code eidas1} < {@code eidas2} <
 * {@code eidas3}, FranceConnect's names): a higher level than the lowest requested one is accepted.
 * Any other value must be one of the requested values exactly.
 */
final class AcrPolicy {

    private static final Pattern EIDAS = Pattern.compile("eidas([1-3])");

    private AcrPolicy() {}

    /**
     * @param requested the values sent as {@code acr_values}; empty when none was requested
     * @param returned the ID token's {@code acr} claim, possibly null
     */
    static boolean satisfied(List<String> requested, String returned) {
        if (requested.isEmpty()) {
            return true;
        }
        if (returned == null || returned.isBlank()) {
            return false;
        }
        if (requested.contains(returned)) {
            return true;
        }
        OptionalInt returnedLevel = eidasLevel(returned);
        OptionalInt lowestRequested = requested.stream().map(AcrPolicy::eidasLevel)
                .filter(OptionalInt::isPresent).mapToInt(OptionalInt::getAsInt).min();
        return returnedLevel.isPresent() && lowestRequested.isPresent()
                && returnedLevel.getAsInt() >= lowestRequested.getAsInt();
    }

    private static OptionalInt eidasLevel(String acr) {
        Matcher m = EIDAS.matcher(acr);
        return m.matches() ? OptionalInt.of(Integer.parseInt(m.group(1))) : OptionalInt.empty();
    }
}
