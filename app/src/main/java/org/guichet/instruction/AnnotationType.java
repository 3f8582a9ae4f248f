package org.guichet.instruction;

/** The kinds of private annotation field an administrator may define. */
public enum AnnotationType {
    SHORT_TEXT,
    LONG_TEXT,
    /** Stored as {@code true} or {@code false}. */
    YES_NO,
    /** Stored as an ISO date, {@code 2026-03-27}. */
    DATE,
    /** One of the field's options, stored as written. */
    SINGLE_CHOICE,
    /** A decimal number, stored in plain notation ({@code 1250.5}). */
    NUMBER
}
