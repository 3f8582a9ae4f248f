package org.guichet.notification.spi;

/**
 * Delivers one email. Selected by {@code guichet.notification.email=<id>}.
 *
 * <p>Contract: {@link #send} either hands the message to the delivery system or throws
 * {@link EmailDeliveryException}; the caller retries failed sends from the event registry, so an
 * implementation need not retry itself, but it must not block longer than about 30 seconds.
 */
public interface EmailSender {

    /** The id used in configuration, e.g. {@code smtp}. */
    String id();

    /** Whether this is a development implementation, refused in production and labelled as such. */
    boolean development();

    void send(OutgoingEmail email) throws EmailDeliveryException;

    /** A message ready to send. */
    record OutgoingEmail(String from, String fromName, String to, String subject, String textBody) {}

    /** The message could not be handed over; it may be retried. */
    class EmailDeliveryException extends RuntimeException {
        public EmailDeliveryException(String message, Throwable cause) {
            super(message, cause);
        }
    }
}
