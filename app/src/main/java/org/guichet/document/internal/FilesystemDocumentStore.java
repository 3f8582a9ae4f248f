package org.guichet.document.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;
import org.guichet.document.spi.ContentNotFoundException;
import org.guichet.document.spi.DocumentStore;
import org.guichet.document.spi.DocumentStoreException;

/**
 * Keeps documents as files under a root directory ({@code <GUICHET_DATA_DIR>/documents} by
 * default). Suits one node, or several sharing a POSIX volume where rename is atomic.
 *
 * <p>Key {@code a/b/name} is stored at {@code root/a/b/_<shard>/name}, where the shard is the first
 * two hex digits of the key's SHA-256, so files spread evenly over 256 directories per prefix
 * instead of piling up in one. Key segments start with a letter or digit, so a shard directory
 * ({@code _3f}) can never be mistaken for part of another key. Content is written to
 * {@code root/.incoming}, flushed to disk, then renamed into place: a reader sees the whole file or
 * nothing, and a crash leaves at most a stray file in {@code .incoming}, which no key can name.
 */
public class FilesystemDocumentStore implements DocumentStore {

    static final String INCOMING = ".incoming";

    private final Path root;

    public FilesystemDocumentStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    @Override
    public String id() {
        return "filesystem";
    }

    Path root() {
        return root;
    }

    @Override
    public void put(String key, InputStream content, long length) {
        Path target = pathOf(key);
        Path incoming = root.resolve(INCOMING);
        Path temporary = incoming.resolve(UUID.randomUUID() + ".part");
        try {
            Files.createDirectories(incoming);
            long written;
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                written = content.transferTo(out);
                // Rename is atomic but not durable by itself: flush first so a power cut after
                // the rename cannot leave a visible file with missing bytes.
                channel.force(true);
            }
            if (written != length) {
                throw new DocumentStoreException("Expected " + length + " bytes for " + key + " but read " + written);
            }
            Files.createDirectories(target.getParent());
            Files.move(temporary, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new DocumentStoreException("Could not store " + key, e);
        } finally {
            deleteQuietly(temporary);
        }
    }

    @Override
    public InputStream get(String key) {
        Path path = pathOf(key);
        try {
            return Files.newInputStream(path);
        } catch (NoSuchFileException e) {
            throw new ContentNotFoundException(key);
        } catch (IOException e) {
            throw new DocumentStoreException("Could not read " + key, e);
        }
    }

    @Override
    public void delete(String key) {
        try {
            Files.deleteIfExists(pathOf(key));
        } catch (IOException e) {
            throw new DocumentStoreException("Could not delete " + key, e);
        }
    }

    /** Where {@code key} lives; refuses any key that could resolve outside the root. */
    Path pathOf(String key) {
        DocumentStore.checkKey(key);
        int lastSlash = key.lastIndexOf('/');
        Path directory = lastSlash < 0 ? root : root.resolve(key.substring(0, lastSlash));
        Path path = directory.resolve(shard(key)).resolve(key.substring(lastSlash + 1)).normalize();
        // The key pattern already rules out "..", absolute paths and separators other than '/';
        // this second check keeps that guarantee if the pattern is ever loosened.
        if (!path.startsWith(root) || path.startsWith(root.resolve(INCOMING))) {
            throw new DocumentStoreException("Invalid storage key");
        }
        return path;
    }

    private static String shard(String key) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.US_ASCII));
            return "_" + HexFormat.of().toHexDigits(hash[0]);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException ignored) {
            // Already failing or already moved; a leftover in .incoming is never readable.
        }
    }
}
