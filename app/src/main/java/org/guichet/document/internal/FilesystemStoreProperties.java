package org.guichet.document.internal;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the {@code filesystem} document store.
 *
 * @param root the directory documents are kept in ({@code GUICHET_DOCUMENT_FILESYSTEM_ROOT}); by
 *     default {@code documents} inside the data directory ({@code GUICHET_DATA_DIR})
 */
@Validated
@ConfigurationProperties("guichet.document.filesystem")
public record FilesystemStoreProperties(Path root) {}
