package org.guichet.document.internal;

import java.nio.file.Path;
import java.util.List;
import org.guichet.document.spi.DocumentStore;
import org.guichet.shared.PlatformMode;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;

/**
 * Wires the document module: the stores present, the one selected by configuration, and the
 * upload intake. Directories default to the platform's data directory ({@code GUICHET_DATA_DIR}).
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DocumentProperties.class, FilesystemStoreProperties.class})
class DocumentConfiguration {

    // Always present: it touches the disk only when used, so it costs nothing when another store is chosen.
    @Bean
    FilesystemDocumentStore filesystemDocumentStore(FilesystemStoreProperties properties, Environment env) {
        Path root = properties.root() != null ? properties.root() : dataDir(env).resolve("documents");
        return new FilesystemDocumentStore(root);
    }

    @Bean
    DocumentStores documentStores(List<DocumentStore> available, DocumentProperties properties, PlatformMode mode) {
        return new DocumentStores(available, properties, mode);
    }

    @Bean
    ContentTypeDetector contentTypeDetector() {
        return new ContentTypeDetector();
    }

    @Bean
    UploadIntake uploadIntake(DocumentProperties properties, ContentTypeDetector detector, Environment env) {
        Path spool = properties.spoolDir() != null ? properties.spoolDir() : dataDir(env).resolve("spool");
        return new UploadIntake(spool, detector);
    }

    /** The platform's data directory, configured for the database today ({@code guichet.db.data-dir}). */
    private static Path dataDir(Environment env) {
        return Path.of(env.getProperty("guichet.db.data-dir", "data"));
    }
}
