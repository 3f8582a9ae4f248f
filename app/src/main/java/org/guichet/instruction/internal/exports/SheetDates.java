package org.guichet.instruction.internal.exports;

import java.time.format.DateTimeFormatter;

/** How dates are written: French order for text (CSV), ISO 8601 for the values of spreadsheet cells. */
final class SheetDates {

    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");
    static final DateTimeFormatter ISO_DAY = DateTimeFormatter.ISO_LOCAL_DATE;
    static final DateTimeFormatter ISO_DAY_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

    private SheetDates() {}
}
