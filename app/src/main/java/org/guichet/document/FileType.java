package org.guichet.document;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The kinds of file the platform accepts, recognised from their content (never from their name).
 * Anything else — executables, archives, HTML, scripts, macro-enabled Office files — is refused.
 */
public enum FileType {
    PDF("application/pdf", "PDF"),
    PNG("image/png", "PNG"),
    JPEG("image/jpeg", "JPEG"),
    /** Android phones and browsers' screenshots. */
    WEBP("image/webp", "WebP"),
    /**
     * iPhones' default photo format: refusing it would turn away usagers who photograph their
     * documents, though only some browsers can show it to agents.
     */
    HEIC("image/heic", "HEIC", "image/heif"),
    ODT("application/vnd.oasis.opendocument.text", "ODT"),
    ODS("application/vnd.oasis.opendocument.spreadsheet", "ODS"),
    DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document", "DOCX"),
    XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "XLSX"),
    TEXT("text/plain", "TXT");

    private final String mediaType;
    private final String label;
    private final List<String> otherMediaTypes;

    FileType(String mediaType, String label, String... otherMediaTypes) {
        this.mediaType = mediaType;
        this.label = label;
        this.otherMediaTypes = List.of(otherMediaTypes);
    }

    /** The media type stored with the document and sent as {@code Content-Type}. */
    public String mediaType() {
        return mediaType;
    }

    /** The short name users know the format by, for messages ("PDF", "JPEG"). */
    public String label() {
        return label;
    }

    /** The accepted type with this media type (or a synonym, such as HEIF for HEIC), if any. */
    public static Optional<FileType> ofMediaType(String mediaType) {
        return Arrays.stream(values())
                .filter(type -> type.mediaType.equals(mediaType) || type.otherMediaTypes.contains(mediaType))
                .findFirst();
    }
}
