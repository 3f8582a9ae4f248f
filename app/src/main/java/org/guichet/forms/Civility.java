package org.guichet.forms;

/** The answer to a {@link FieldType.CivilityChoice}; {@link #code()} is what forms submit and conditions compare. */
public enum Civility {
    MADAME("madame"),
    MONSIEUR("monsieur");

    private final String code;

    Civility(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }
}
