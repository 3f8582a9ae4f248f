package org.guichet.forms;

/** A département (or overseas collectivity) of the official geographic code, e.g. {@code 33 Gironde}. */
public record Departement(String code, String name, String regionCode) {}
