package org.guichet.notification.internal;

import org.guichet.notification.spi.EmailSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Development implementation: writes each email to the log instead of sending it, so that a demo
 * on a machine without SMTP can still follow verification and reset links. Refused in production.
 */
class LogEmailSender implements EmailSender {

    private static final Logger log = LoggerFactory.getLogger(LogEmailSender.class);

    @Override
    public String id() {
        return "log";
    }

    @Override
    public boolean development() {
        return true;
    }

    @Override
    public void send(OutgoingEmail email) {
        log.info("[development email, not sent] To: {}\nSubject: {}\n\n{}", email.to(), email.subject(), email.textBody());
    }
}
