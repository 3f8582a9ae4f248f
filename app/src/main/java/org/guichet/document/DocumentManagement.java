package org.guichet.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import org.guichet.document.internal.DocumentRepository;
import org.guichet.document.internal.DocumentStores;
import org.guichet.document.internal.UploadIntake;
import org.guichet.document.spi.DocumentStore;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantScope;
import org.springframework.stereotype.Service;

/**
 * Stores and opens documents. Uploads are checked (size, type recognised from the content) before
 * any byte reaches the store; reads run under row-level security, so another tenant's document id
 * finds nothing.
 *
 * <p>The bytes are stored before the row is written: a row never points to missing content. If
 * the row cannot be written the bytes are removed; a crash in between leaves bytes no row names.
 */
@Service
public class DocumentManagement {

    private final UploadIntake intake;
    private final DocumentStore store;
    private final DocumentRepository documents;
    private final TenantScope tenantScope;
    private final Clock clock;

    DocumentManagement(UploadIntake intake, DocumentStores stores, DocumentRepository documents, TenantScope tenantScope,
            Clock clock) {
        this.intake = intake;
        this.store = stores.selected();
        this.documents = documents;
        this.tenantScope = tenantScope;
        this.clock = clock;
    }

    /**
     * Stores a file for {@code tenant}. Reads {@code content} to its end, or only up to the size
     * limit, and does not close it.
     *
     * @param declaredFileName the name the uploader's browser sent; only shown, after sanitising
     * @param createdBy the uploader, or null for a document the platform generated
     * @throws DocumentRejectedException when the file is empty, too large or of a refused type
     */
    public StoredDocument store(TenantId tenant, InputStream content, String declaredFileName, UploadLimits limits,
            AccountId createdBy) {
        try (UploadIntake.Accepted upload = intake.receive(content, declaredFileName, limits)) {
            DocumentId id = new DocumentId(UUID.randomUUID());
            // Grouped by tenant so that a tenant's files can be found, exported or erased together.
            String key = tenant.value() + "/" + id.value();
            StoredDocument document = new StoredDocument(id, tenant, upload.fileName(), upload.type().mediaType(),
                    upload.size(), upload.sha256(), now(), createdBy);
            try (InputStream spooled = Files.newInputStream(upload.spooled())) {
                store.put(key, spooled, upload.size());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            try {
                tenantScope.run(tenant, () -> documents.insert(document, key));
            } catch (RuntimeException e) {
                try {
                    store.delete(key);
                } catch (RuntimeException cleanup) {
                    e.addSuppressed(cleanup);
                }
                throw e;
            }
            return document;
        }
    }

    /** PostgreSQL keeps microseconds: the returned record then equals the one read back later. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** The metadata of a document of the current tenant. */
    public Optional<StoredDocument> find(DocumentId id) {
        return documents.find(id).map(DocumentRepository.Located::document);
    }

    /**
     * Opens a document of the current tenant for reading; empty when it belongs to another tenant
     * or does not exist. The caller closes the result.
     *
     * @throws org.guichet.document.spi.DocumentStoreException when the row exists but the store
     *     cannot deliver the bytes
     */
    public Optional<OpenDocument> open(DocumentId id) {
        return documents.find(id).map(found -> new OpenDocument(found.document(), store.get(found.storageKey())));
    }
}
