package org.guichet.tenancy;

/** A logo was refused: not a PNG or JPEG image, empty, or larger than {@link TenantLogo#MAX_BYTES}. */
public class InvalidLogoException extends RuntimeException {

    /** Why the logo was refused. */
    public enum Reason { EMPTY, TOO_LARGE, NOT_AN_IMAGE }

    private final Reason reason;

    public InvalidLogoException(Reason reason) {
        super("Logo refused: " + reason);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
