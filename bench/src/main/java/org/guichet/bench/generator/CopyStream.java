package org.guichet.bench.generator;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.UUID;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyOutputStream;

/**
 * One table's rows streamed to PostgreSQL with {@code COPY … FROM STDIN} (text format) on its own
 * connection, so that several tables load at once, each in its own server process. COPY fires row
 * triggers: columns that later migrations fill by trigger (search vectors…) are filled as usual.
 */
final class CopyStream implements AutoCloseable {

    private final String table;
    private final PGCopyOutputStream out;
    private final Writer writer;
    private boolean firstColumn = true;
    private long rows;

    CopyStream(Connection connection, String table, String columns) throws SQLException {
        this.table = table;
        this.out = new PGCopyOutputStream(connection.unwrap(PGConnection.class),
                "COPY " + table + " (" + columns + ") FROM STDIN", 1 << 16);
        this.writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
    }

    CopyStream text(String value) {
        separator();
        if (value == null) {
            write("\\N");
            return this;
        }
        StringBuilder escaped = new StringBuilder(value.length() + 8);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case '\t' -> escaped.append("\\t");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                default -> escaped.append(c);
            }
        }
        write(escaped.toString());
        return this;
    }

    CopyStream uuid(UUID value) {
        return value == null ? text(null) : raw(value.toString());
    }

    CopyStream number(long value) {
        return raw(Long.toString(value));
    }

    CopyStream bool(boolean value) {
        return raw(value ? "t" : "f");
    }

    CopyStream time(Instant value) {
        return value == null ? text(null) : raw(value.toString());
    }

    /** A bytea in hex input form; the backslash is doubled for COPY's text format. */
    CopyStream bytes(byte[] value) {
        return raw("\\\\x" + HexFormat.of().formatHex(value));
    }

    CopyStream raw(String value) {
        separator();
        write(value);
        return this;
    }

    void end() {
        write("\n");
        firstColumn = true;
        rows++;
    }

    long rows() {
        return rows;
    }

    String table() {
        return table;
    }

    private void separator() {
        if (!firstColumn) {
            write("\t");
        }
        firstColumn = false;
    }

    private void write(String s) {
        try {
            writer.write(s);
        } catch (IOException e) {
            throw new UncheckedIOException("COPY into " + table + " failed", e);
        }
    }

    @Override
    public void close() throws IOException {
        writer.close();
    }
}
