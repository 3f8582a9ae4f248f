package org.guichet.document.internal;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the document module.
 *
 * @param store the id of the {@link org.guichet.document.spi.DocumentStore} that keeps the bytes
 *     ({@code GUICHET_DOCUMENT_STORE}, default {@code filesystem})
 * @param spoolDir where uploads are written while they are measured, hashed and typed, before
 *     anything reaches the store ({@code GUICHET_DOCUMENT_SPOOL_DIR}); by default {@code spool}
 *     inside the data directory, so that a large upload never fills a small {@code /tmp}
 */
@Validated
@ConfigurationProperties("guichet.document")
public record DocumentProperties(@NotBlank @Pattern(regexp = "[a-z0-9-]{1,40}") String store, Path spoolDir) {

    public DocumentProperties {
        store = store == null ? "filesystem" : store;
    }
}
