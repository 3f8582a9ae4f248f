package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.guichet.document.spi.ContentNotFoundException;
import org.guichet.document.spi.DocumentStoreException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The filesystem store writes atomically under its root and nowhere else. */
class FilesystemDocumentStoreTest {

    @TempDir
    Path parent;

    private Path root() {
        return parent.resolve("documents");
    }

    private FilesystemDocumentStore store() {
        return new FilesystemDocumentStore(root());
    }

    private static InputStream bytes(String content) {
        return new ByteArrayInputStream(content.getBytes(StandardCharsets.UTF_8));
    }

    private static String read(InputStream in) throws IOException {
        try (in) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void readsBackWhatItStored() throws IOException {
        var store = store();

        store.put("tenant-1/doc-1", bytes("contenu"), 7);

        assertThat(read(store.get("tenant-1/doc-1"))).isEqualTo("contenu");
    }

    @Test
    void spreadsFilesOverShardDirectoriesUnderTheKeyPrefix() throws IOException {
        var store = store();
        store.put("tenant-1/doc-1", bytes("a"), 1);

        try (Stream<Path> files = Files.walk(root().resolve("tenant-1"))) {
            assertThat(files.filter(Files::isRegularFile).map(p -> root().relativize(p).toString()))
                    .singleElement().asString().matches("tenant-1/_[0-9a-f]{2}/doc-1");
        }
    }

    @Test
    void storingTheSameKeyAgainIsHarmless() throws IOException {
        var store = store();
        store.put("k", bytes("same"), 4);

        store.put("k", bytes("same"), 4);

        assertThat(read(store.get("k"))).isEqualTo("same");
    }

    @Test
    void deletingTwiceSucceeds() {
        var store = store();
        store.put("k", bytes("x"), 1);

        store.delete("k");
        store.delete("k");

        assertThatThrownBy(() -> store.get("k")).isInstanceOf(ContentNotFoundException.class);
    }

    @Test
    void aFailedUploadNeverBecomesVisible() {
        var store = store();
        InputStream failing = new SequenceInputStream(bytes("début du fichier"), new InputStream() {
            @Override
            public int read() throws IOException {
                throw new IOException("connection reset");
            }
        });

        assertThatThrownBy(() -> store.put("k", failing, 1000)).isInstanceOf(DocumentStoreException.class);

        assertThatThrownBy(() -> store.get("k")).isInstanceOf(ContentNotFoundException.class);
        assertThat(root().resolve(FilesystemDocumentStore.INCOMING)).isEmptyDirectory();
    }

    @Test
    void contentOfTheWrongLengthIsNotKept() {
        var store = store();

        assertThatThrownBy(() -> store.put("k", bytes("short"), 10)).isInstanceOf(DocumentStoreException.class);

        assertThatThrownBy(() -> store.get("k")).isInstanceOf(ContentNotFoundException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "..", "../x", "a/../../x", "a/./b", "/etc/passwd", "a//b", "a/", ".incoming/x",
            ".hidden", "a\\b", "..\\x", "C:/x", "%2e%2e/x", "é", "a b", "a\u0000b"})
    void refusesKeysThatCouldNameAnythingOutsideItsFiles(String key) throws IOException {
        var store = store();

        assertThatThrownBy(() -> store.put(key, bytes("x"), 1)).isInstanceOf(DocumentStoreException.class);
        assertThatThrownBy(() -> store.get(key)).isInstanceOf(DocumentStoreException.class);
        assertThatThrownBy(() -> store.delete(key)).isInstanceOf(DocumentStoreException.class);
        try (Stream<Path> files = Files.walk(parent)) {
            assertThat(files.filter(Files::isRegularFile)).isEmpty();
        }
    }

    @Test
    void refusesOverlongKeys() {
        assertThatThrownBy(() -> store().put("a".repeat(256), bytes("x"), 1)).isInstanceOf(DocumentStoreException.class);
    }
}
