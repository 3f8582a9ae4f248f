package org.guichet.support;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Sends one raw HTTP/1.1 request to the running server, byte for byte, so that tests can forge what
 * a browser or a library would refuse to send (any Host header, invalid UTF-8, huge bodies).
 */
public final class RawHttp {

    private RawHttp() {}

    /** A response: status code, headers as received (lower-cased names) and body. */
    public record Reply(int status, String headers, String body) {
        public boolean hasHeader(String name) {
            return headers.toLowerCase(Locale.ROOT).contains("\n" + name.toLowerCase(Locale.ROOT) + ":");
        }

        public String header(String name) {
            for (String line : headers.split("\r\n")) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).equalsIgnoreCase(name)) {
                    return line.substring(colon + 1).strip();
                }
            }
            return null;
        }
    }

    public static Reply send(int port, String requestHead, byte[] body) {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(30_000);
            OutputStream out = socket.getOutputStream();
            String head = requestHead.endsWith("\r\n\r\n") ? requestHead : requestHead + "\r\nConnection: close\r\n\r\n";
            out.write(head.getBytes(StandardCharsets.ISO_8859_1));
            try {
                if (body != null) {
                    out.write(body);
                }
                out.flush();
            } catch (IOException serverStoppedReading) {
                // The server may answer and close before reading a body it refuses; read its answer.
            }
            return parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Reply get(int port, String host, String target, String... extraHeaders) {
        StringBuilder head = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: " + host + "\r\n");
        if (java.util.Arrays.stream(extraHeaders).noneMatch(h -> h.regionMatches(true, 0, "Accept:", 0, 7))) {
            head.append("Accept: text/html\r\n");
        }
        for (String h : extraHeaders) {
            head.append(h).append("\r\n");
        }
        head.append("Connection: close\r\n\r\n");
        return send(port, head.toString(), null);
    }

    private static Reply parse(InputStream in) throws IOException {
        ByteArrayOutputStream all = new ByteArrayOutputStream();
        in.transferTo(all);
        String text = all.toString(StandardCharsets.UTF_8);
        int end = text.indexOf("\r\n\r\n");
        String headers = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        int status = Integer.parseInt(headers.substring(9, 12));
        return new Reply(status, headers, body);
    }
}
