package org.guichet.document.internal;

import java.util.List;
import org.guichet.document.spi.DocumentStore;
import org.guichet.shared.PlatformMode;

/**
 * The store chosen by {@code guichet.document.store} among the implementations present. Providers
 * add theirs as beans (an S3 store in its own Maven module), so the module never names them.
 */
public final class DocumentStores {

    private final DocumentStore selected;

    public DocumentStores(List<DocumentStore> available, DocumentProperties properties, PlatformMode mode) {
        this.selected = available.stream().filter(store -> store.id().equals(properties.store())).findFirst()
                .orElseThrow(() -> new IllegalStateException("Unknown guichet.document.store: " + properties.store()
                        + " (available: " + available.stream().map(DocumentStore::id).sorted().toList() + ")"));
        if (selected.development()) {
            mode.refuseInProduction("The document store '" + selected.id() + "'");
        }
    }

    public DocumentStore selected() {
        return selected;
    }
}
