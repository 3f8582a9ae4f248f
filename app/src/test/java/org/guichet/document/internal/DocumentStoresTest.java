package org.guichet.document.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import org.guichet.document.spi.DocumentStore;
import org.guichet.shared.PlatformMode;
import org.junit.jupiter.api.Test;

/** The store follows configuration; a development store is refused in production. */
class DocumentStoresTest {

    private final FilesystemDocumentStore filesystem = new FilesystemDocumentStore(Path.of("unused"));
    private final DocumentStore scratch = new ScratchStore();

    @Test
    void usesTheFilesystemStoreByDefault() {
        var stores = new DocumentStores(List.of(scratch, filesystem), new DocumentProperties(null, null), new PlatformMode(true, null));

        assertThat(stores.selected()).isSameAs(filesystem);
    }

    @Test
    void refusesAnUnknownStoreNamingTheAvailableOnes() {
        assertThatThrownBy(() -> new DocumentStores(List.of(filesystem, scratch), new DocumentProperties("s3", null),
                new PlatformMode(false, null)))
                .hasMessageContaining("guichet.document.store: s3").hasMessageContaining("[filesystem, scratch]");
    }

    @Test
    void acceptsADevelopmentStoreOutsideProduction() {
        var stores = new DocumentStores(List.of(filesystem, scratch), new DocumentProperties("scratch", null), new PlatformMode(false, null));

        assertThat(stores.selected()).isSameAs(scratch);
    }

    @Test
    void refusesADevelopmentStoreInProduction() {
        assertThatThrownBy(() -> new DocumentStores(List.of(filesystem, scratch), new DocumentProperties("scratch", null),
                new PlatformMode(true, null)))
                .hasMessageContaining("refused in production");
    }

    /** A development store as a provider module could declare one. */
    private static final class ScratchStore implements DocumentStore {
        @Override
        public String id() {
            return "scratch";
        }

        @Override
        public boolean development() {
            return true;
        }

        @Override
        public void put(String key, InputStream content, long length) {
            throw new UnsupportedOperationException("selection only");
        }

        @Override
        public InputStream get(String key) {
            throw new UnsupportedOperationException("selection only");
        }

        @Override
        public void delete(String key) {
            throw new UnsupportedOperationException("selection only");
        }
    }
}
