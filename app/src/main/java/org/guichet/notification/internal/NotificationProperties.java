package org.guichet.notification.internal;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * @param email the email channel: {@code smtp}, or {@code log} (development); by default smtp when
 *     an SMTP host is configured, else log
 * @param from the sender address ({@code GUICHET_MAIL_FROM})
 */
@ConfigurationProperties("guichet.notification")
record NotificationProperties(String email, String from) {

    NotificationProperties {
        from = from == null || from.isBlank() ? "ne-pas-repondre@guichet.localhost" : from;
    }
}
