package org.guichet.forms;

/**
 * Platform limits on definitions. They keep one démarche from exhausting memory or CPU for everyone:
 * a definition beyond them is refused by {@link FormDefinition#problems()}.
 */
public final class Limits {

    /** Longest field or page id. */
    public static final int MAX_ID_LENGTH = 64;
    /** Longest label, title, hint, option label or explanation. */
    public static final int MAX_LABEL_LENGTH = 2_000;
    /** Longest text of an explanation. */
    public static final int MAX_EXPLANATION_LENGTH = 20_000;
    /** Longest option value. */
    public static final int MAX_OPTION_VALUE_LENGTH = 200;
    /** Largest {@code maxLength} of a short text or a pattern text. */
    public static final int MAX_SHORT_TEXT_LENGTH = 1_000;
    /** Largest {@code maxLength} of a long text. */
    public static final int MAX_LONG_TEXT_LENGTH = 100_000;
    /** Longest regular expression of a pattern text. */
    public static final int MAX_PATTERN_LENGTH = 500;
    /** Most decimal places of a decimal number. */
    public static final int MAX_SCALE = 10;
    /** Most options of a choice (and children of a linked option). */
    public static final int MAX_OPTIONS = 1_000;
    /** Largest file a field may accept (the same as démarches-simplifiées). */
    public static final long MAX_FILE_SIZE_BYTES = 200L * 1024 * 1024;
    /** Most files one attachment field may hold. */
    public static final int MAX_FILES = 50;
    /** Most rows a repeatable block may hold. */
    public static final int MAX_ROWS = 100;
    /** Date limits: fixed years between these, relative ones at most this many years from today. */
    public static final int MIN_DATE_YEAR = 1000;
    public static final int MAX_DATE_YEAR = 9999;
    public static final int MAX_RELATIVE_DATE_YEARS = 200;
    /** Deepest nesting of and/or conditions. */
    public static final int MAX_CONDITION_DEPTH = 10;
    /** Most pages, and most fields in the whole form. */
    public static final int MAX_PAGES = 200;
    public static final int MAX_FIELDS = 2_000;

    private Limits() {}
}
