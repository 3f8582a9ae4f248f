package org.guichet.forms;

/** How a single choice is rendered: a hint for the web layer, with no effect on validation. */
public enum ChoiceDisplay {
    /** Radios up to {@value #RADIOS_UP_TO} options, a list beyond. */
    AUTO,
    RADIOS,
    /** A list with search, for long option lists (communes of a territory, nationalities…). */
    LIST;

    public static final int RADIOS_UP_TO = 10;

    /** The display to use for a number of options. */
    public ChoiceDisplay resolve(int optionCount) {
        if (this != AUTO) {
            return this;
        }
        return optionCount <= RADIOS_UP_TO ? RADIOS : LIST;
    }
}
