package org.guichet.instruction.internal.exports;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Writes a table row by row straight to a stream, whatever the format, so that an export's memory
 * use does not grow with its number of rows. Cells are {@link String}, {@link LocalDate},
 * {@link LocalDateTime}, {@link Number} or null (empty); dates become real date cells where the
 * format has them. {@link #close()} finishes the file and closes the stream.
 */
interface SheetWriter extends AutoCloseable {

    void header(List<String> titles);

    void row(List<Object> cells);

    @Override
    void close();

    /** Text as shown: dates in the French way, numbers without exponent ("1000", never "1E+3"). */
    static String text(Object cell) {
        return switch (cell) {
            case null -> "";
            case java.math.BigDecimal d -> d.toPlainString();
            case LocalDateTime t -> SheetDates.DAY_TIME.format(t);
            case LocalDate d -> SheetDates.DAY.format(d);
            default -> cell.toString();
        };
    }
}
