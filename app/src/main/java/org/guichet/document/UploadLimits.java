package org.guichet.document;

import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What one upload may be: its largest size and the accepted kinds of file. A démarche may narrow
 * them for one field ("a photo, 5 Mo at most").
 *
 * @param maxBytes the largest accepted size, in bytes
 * @param allowed the accepted kinds of file
 */
public record UploadLimits(long maxBytes, Set<FileType> allowed) {

    /** 10 Mio: a scanned multi-page document or a phone photo, and well under the 20 MB request limit. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    public UploadLimits {
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maxBytes must be positive");
        }
        if (allowed == null || allowed.isEmpty()) {
            throw new IllegalArgumentException("at least one file type must be allowed");
        }
        allowed = Set.copyOf(allowed);
    }

    /** Every {@link FileType}, up to {@link #DEFAULT_MAX_BYTES}. */
    public static UploadLimits defaults() {
        return new UploadLimits(DEFAULT_MAX_BYTES, EnumSet.allOf(FileType.class));
    }

    public UploadLimits withMaxBytes(long bytes) {
        return new UploadLimits(bytes, allowed);
    }

    public UploadLimits allowing(FileType first, FileType... others) {
        return new UploadLimits(maxBytes, EnumSet.of(first, others));
    }

    /**
     * Arguments of the field hint {@code document.upload.hint} ("Formats acceptés : PDF, PNG.
     * Taille maximale : 10 Mo.").
     */
    public Object[] hintArguments() {
        return new Object[] {allowedLabels(), maxBytes / (1024.0 * 1024.0)};
    }

    /** The accepted formats for messages, in a stable order: "PDF, PNG, JPEG". */
    public String allowedLabels() {
        return EnumSet.copyOf(allowed).stream().map(FileType::label).collect(Collectors.joining(", "));
    }
}
