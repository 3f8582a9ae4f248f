package org.guichet.forms;

/**
 * The answer to a {@link FieldType.PostalAddressInput}: the street lines as typed, and a commune that
 * the official geographic data confirms for the postcode.
 *
 * @param complement building, floor, lieu-dit…; {@code null} when not given
 */
public record PostalAddress(String street, String complement, String postcode, String communeCode, String communeName) {}
