package org.guichet.forms;

/** A région (or overseas collectivity) of the official geographic code, e.g. {@code 75 Nouvelle-Aquitaine}. */
public record Region(String code, String name) {}
