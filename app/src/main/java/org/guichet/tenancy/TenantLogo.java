package org.guichet.tenancy;

import java.time.Instant;

/**
 * A tenant's logo as stored: PNG or JPEG, at most {@link #MAX_BYTES}.
 *
 * @param contentType {@code image/png} or {@code image/jpeg}, read from the content itself
 */
public record TenantLogo(String contentType, byte[] bytes, Instant updatedAt) {

    /** The largest logo accepted: 200 KB, enough for a crisp header image, small for weak phones. */
    public static final int MAX_BYTES = 200 * 1024;

    /**
     * The image type of {@code bytes} read from its first bytes (its "magic number"), whatever
     * name or type the upload claimed; null when it is neither PNG nor JPEG.
     */
    public static String detectType(byte[] bytes) {
        if (startsWith(bytes, 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A)) {
            return "image/png";
        }
        if (startsWith(bytes, 0xFF, 0xD8, 0xFF)) {
            return "image/jpeg";
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... magic) {
        if (bytes == null || bytes.length < magic.length) {
            return false;
        }
        for (int i = 0; i < magic.length; i++) {
            if ((bytes[i] & 0xFF) != magic[i]) {
                return false;
            }
        }
        return true;
    }
}
