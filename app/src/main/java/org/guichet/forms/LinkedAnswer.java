package org.guichet.forms;

/** The answer to a {@link FieldType.LinkedChoice}: the first-level and second-level option values. */
public record LinkedAnswer(String parent, String child) {}
