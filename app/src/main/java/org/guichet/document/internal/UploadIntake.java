package org.guichet.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.guichet.document.DocumentRejectedException;
import org.guichet.document.FileType;
import org.guichet.document.UploadLimits;

/**
 * Receives an upload before anything reaches the store: copies it to a spool file while counting
 * and hashing, stops as soon as it passes the size limit, then recognises its type from the
 * content and checks it against the allowed ones. Memory use does not depend on the file's size.
 */
public class UploadIntake {

    private static final int BUFFER = 16 * 1024;

    private final Path spoolDir;
    private final ContentTypeDetector detector;

    public UploadIntake(Path spoolDir, ContentTypeDetector detector) {
        this.spoolDir = spoolDir;
        this.detector = detector;
    }

    /**
     * Reads {@code content} to its end (or to the limit) without closing it.
     *
     * @throws DocumentRejectedException when the file is empty, too large or of a refused type;
     *     the spool file is then already deleted
     */
    public Accepted receive(InputStream content, String declaredName, UploadLimits limits) {
        Path spooled = createSpoolFile();
        try {
            MessageDigest sha256 = sha256();
            long size = copyWithin(content, spooled, sha256, limits.maxBytes());
            if (size == 0) {
                throw new DocumentRejectedException.Empty();
            }
            String detected = detector.detect(spooled);
            FileType type = FileType.ofMediaType(detected).filter(limits.allowed()::contains)
                    .orElseThrow(() -> new DocumentRejectedException.ForbiddenType(detected, limits));
            return new Accepted(spooled, FileNames.sanitise(declaredName), type, size, HexFormat.of().formatHex(sha256.digest()));
        } catch (RuntimeException e) {
            try {
                delete(spooled);
            } catch (RuntimeException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
    }

    private static long copyWithin(InputStream content, Path target, MessageDigest digest, long maxBytes) {
        byte[] buffer = new byte[BUFFER];
        long total = 0;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(target), digest)) {
            int read;
            while ((read = content.read(buffer)) != -1) {
                total += read;
                if (total > maxBytes) {
                    // Stop reading at once: the rest of a 2 GB upload is never copied.
                    throw new DocumentRejectedException.TooLarge(maxBytes);
                }
                out.write(buffer, 0, read);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not receive the upload", e);
        }
        return total;
    }

    private Path createSpoolFile() {
        try {
            Files.createDirectories(spoolDir);
            return Files.createTempFile(spoolDir, "upload-", ".part");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not create a spool file in " + spoolDir, e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    static void delete(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete the spool file " + path, e);
        }
    }

    /**
     * An upload that passed every check, waiting in its spool file; close it to delete the file.
     *
     * @param sha256 lower-case hex
     */
    public record Accepted(Path spooled, String fileName, FileType type, long size, String sha256) implements AutoCloseable {
        @Override
        public void close() {
            delete(spooled);
        }
    }
}
