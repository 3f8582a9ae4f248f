package org.guichet.instruction.internal.exports;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.UUID;
import org.guichet.shared.TenantId;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Where finished exports wait for their download: a private directory under the platform's data
 * directory ({@code GUICHET_DATA_DIR}/exports/<tenant>/<job>.<ext>), readable by the application's
 * user only. A file is written under a temporary name and renamed when complete, so a download never
 * gets half a file. Kept out of the document store on purpose: an export lives 24 hours and is
 * rebuilt on demand; on several nodes the directory must be shared (see docs/architecture.md).
 */
@Component
class ExportFiles {

    private final Path root;

    ExportFiles(Environment env) {
        this.root = Path.of(env.getProperty("guichet.db.data-dir", "data")).resolve("exports");
    }

    /** Opens the temporary file an export is written to, replacing an earlier attempt's. */
    OutputStream create(TenantId tenant, UUID job) {
        try {
            Path dir = directory(tenant);
            return Files.newOutputStream(partial(dir, job));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the written file downloadable, all at once. */
    void complete(TenantId tenant, UUID job, ExportFormat format) {
        Path dir = directory(tenant);
        try {
            Files.move(partial(dir, job), dir.resolve(job + "." + format.extension()), StandardCopyOption.ATOMIC_MOVE,
                    StandardCopyOption.REPLACE_EXISTING);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path file(TenantId tenant, UUID job, ExportFormat format) {
        return root.resolve(tenant.value().toString()).resolve(job + "." + format.extension());
    }

    /** Removes the job's file and any partial one; nothing to remove is fine. */
    void delete(TenantId tenant, UUID job, ExportFormat format) {
        Path dir = root.resolve(tenant.value().toString());
        try {
            Files.deleteIfExists(dir.resolve(job + "." + format.extension()));
            Files.deleteIfExists(partial(dir, job));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path partial(Path dir, UUID job) {
        return dir.resolve(job + ".part");
    }

    private Path directory(TenantId tenant) {
        Path dir = root.resolve(tenant.value().toString());
        try {
            if (!Files.isDirectory(dir)) {
                Files.createDirectories(dir);
                if (dir.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                    Files.setPosixFilePermissions(root, PosixFilePermissions.fromString("rwx------"));
                    Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
                }
            }
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
