package org.guichet.forms;

import java.math.BigDecimal;
import java.util.List;

/**
 * The kind of a {@link Field} and its settings. Each type states the Java type of its validated value
 * in {@link FormValues}. Limits that protect the platform (longest text, largest file…) are in
 * {@link Limits} and checked by {@link FormDefinition#problems()}.
 */
public sealed interface FieldType {

    /** Whether the type collects an answer; display elements do not and cannot be required. */
    default boolean isInput() {
        return true;
    }

    /** A heading that groups the following fields. The field's label is the heading. */
    record SectionTitle() implements FieldType {
        @Override
        public boolean isInput() {
            return false;
        }
    }

    /** Explanatory text; the field's label is its heading. */
    record Explanation(String text) implements FieldType {
        @Override
        public boolean isInput() {
            return false;
        }
    }

    /** One line of text: a {@code String}. */
    record ShortText(int maxLength) implements FieldType {
        public static final int DEFAULT_MAX_LENGTH = 255;

        public ShortText() {
            this(DEFAULT_MAX_LENGTH);
        }
    }

    /** Several lines of text, shown with a character count: a {@code String} ({@code \n} line ends). */
    record LongText(int maxLength) implements FieldType {
        public static final int DEFAULT_MAX_LENGTH = 10_000;

        public LongText() {
            this(DEFAULT_MAX_LENGTH);
        }
    }

    /** A whole number, bounds inclusive and optional: a {@code Long}. */
    record IntegerNumber(Long min, Long max) implements FieldType {}

    /**
     * A decimal number with at most {@code scale} digits after the separator (comma or point), bounds
     * inclusive and optional: a {@code BigDecimal}.
     */
    record DecimalNumber(BigDecimal min, BigDecimal max, int scale) implements FieldType {
        public static final int DEFAULT_SCALE = 2;
    }

    /** A calendar date (day, month, year inputs), bounds inclusive and optional: a {@code LocalDate}. */
    record DateInput(DateBound min, DateBound max) implements FieldType {}

    /** A date and a time of day; the bounds apply to the date: a {@code LocalDateTime}. */
    record DateTimeInput(DateBound min, DateBound max) implements FieldType {}

    /** An email address: a {@code String} with a lower-case domain. */
    record EmailAddress() implements FieldType {}

    /** A French phone number (mainland, overseas): a {@code String} in E.164 form, e.g. {@code +33612345678}. */
    record PhoneNumber() implements FieldType {}

    /** Yes or no as two radios: a {@code Boolean}. */
    record YesNo() implements FieldType {}

    /** A single checkbox; when required it must be ticked (consent): a {@code Boolean}, false when unticked. */
    record Checkbox() implements FieldType {}

    /** One option among several: the option's value, a {@code String}. */
    record SingleChoice(List<Option> options, ChoiceDisplay display) implements FieldType {
        public SingleChoice {
            options = options == null ? List.of() : List.copyOf(options);
            display = display == null ? ChoiceDisplay.AUTO : display;
        }
    }

    /** Any number of options: a {@code List<String>} of option values, in option order. */
    record MultipleChoice(List<Option> options) implements FieldType {
        public MultipleChoice {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** A first choice, then a second among the first one's children: a {@link LinkedAnswer}. */
    record LinkedChoice(List<LinkedOption> options) implements FieldType {
        public LinkedChoice {
            options = options == null ? List.of() : List.copyOf(options);
        }
    }

    /** Madame or Monsieur: a {@link Civility}. */
    record CivilityChoice() implements FieldType {}

    /** A postal address in France, postcode and commune checked together: a {@link PostalAddress}. */
    record PostalAddressInput() implements FieldType {}

    /** A commune of the official geographic code, by name or INSEE code: a {@link Commune}. */
    record CommunePicker() implements FieldType {}

    /** A département, by number or name: a {@link Departement}. */
    record DepartementPicker() implements FieldType {}

    /** A région, by code or name: a {@link Region}. */
    record RegionPicker() implements FieldType {}

    /** A SIRET establishment number (14 digits, Luhn key): a {@code String} of digits. */
    record Siret() implements FieldType {}

    /** A SIREN company number (9 digits, Luhn key): a {@code String} of digits. */
    record Siren() implements FieldType {}

    /** A French social-security number (NIR) with its key: a {@code String} of 15 characters. */
    record Nir() implements FieldType {}

    /** An IBAN of a SEPA country: a {@code String}, upper case without spaces. */
    record Iban() implements FieldType {}

    /**
     * Text that must entirely match a Java regular expression, with the author's own error message
     * (which should say how to fix the answer): a {@code String}.
     */
    record PatternText(String pattern, String errorMessage, int maxLength) implements FieldType {
        public static final int DEFAULT_MAX_LENGTH = 200;
    }

    /**
     * Up to {@code maxFiles} uploaded files, each at most {@code maxSizeBytes} and of an allowed MIME type
     * ({@code image/*} allows every image): a {@code List<FileMetadata>}. The engine checks the metadata
     * it is given; storage and scanning are elsewhere.
     */
    record Attachment(int maxFiles, long maxSizeBytes, List<String> allowedTypes) implements FieldType {
        public static final long DEFAULT_MAX_SIZE_BYTES = 20L * 1024 * 1024;
        public static final List<String> DEFAULT_TYPES = List.of("application/pdf", "image/jpeg", "image/png");

        public Attachment {
            allowedTypes = allowedTypes == null ? DEFAULT_TYPES : List.copyOf(allowedTypes);
        }

        public Attachment() {
            this(1, DEFAULT_MAX_SIZE_BYTES, DEFAULT_TYPES);
        }
    }

    /**
     * Child fields asked once per row, between {@code minRows} and {@code maxRows} rows: a
     * {@code List<FormValues>}, one per non-blank row. Answers are keyed {@code block[0].child}.
     */
    record RepeatableBlock(List<Field> fields, int minRows, int maxRows) implements FieldType {
        public static final int DEFAULT_MAX_ROWS = 20;

        public RepeatableBlock {
            fields = fields == null ? List.of() : List.copyOf(fields);
        }
    }
}
