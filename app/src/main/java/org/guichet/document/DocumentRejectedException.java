package org.guichet.document;

/**
 * An upload was refused because of what the user sent; nothing was stored. Web layers show
 * {@link #messageCode()} with {@link #messageArguments()} from the {@code i18n/document} bundle
 * next to the file field.
 */
public abstract sealed class DocumentRejectedException extends RuntimeException {

    private final String messageCode;
    private final transient Object[] messageArguments;

    private DocumentRejectedException(String message, String messageCode, Object... messageArguments) {
        super(message);
        this.messageCode = messageCode;
        this.messageArguments = messageArguments;
    }

    public String messageCode() {
        return messageCode;
    }

    public Object[] messageArguments() {
        return messageArguments.clone();
    }

    /** The file is larger than allowed; the upload was stopped as soon as the limit was passed. */
    public static final class TooLarge extends DocumentRejectedException {
        public TooLarge(long maxBytes) {
            // In mebibytes because users read "10 Mo" on the field's hint.
            super("File larger than " + maxBytes + " bytes", "document.rejected.too-large", maxBytes / (1024.0 * 1024.0));
        }
    }

    /** The file's content is of a kind the field does not accept, whatever its name says. */
    public static final class ForbiddenType extends DocumentRejectedException {
        private final String detectedType;

        public ForbiddenType(String detectedType, UploadLimits limits) {
            super("Refused file type " + detectedType, "document.rejected.forbidden-type", limits.allowedLabels());
            this.detectedType = detectedType;
        }

        /** The media type recognised from the content, for logs (never shown to the user). */
        public String detectedType() {
            return detectedType;
        }
    }

    /** The file has no content, usually a failed export or a wrong selection. */
    public static final class Empty extends DocumentRejectedException {
        public Empty() {
            super("Empty file", "document.rejected.empty");
        }
    }
}
