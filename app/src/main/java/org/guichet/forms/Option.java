package org.guichet.forms;

/**
 * An option of a choice field.
 *
 * @param value what is submitted and stored; stable once the démarche is published
 * @param label what the citizen reads
 */
public record Option(String value, String label) {}
