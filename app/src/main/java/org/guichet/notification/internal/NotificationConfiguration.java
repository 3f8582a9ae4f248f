package org.guichet.notification.internal;

import org.guichet.notification.spi.EmailSender;
import org.guichet.shared.PlatformMode;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.mail.javamail.JavaMailSender;

/** Chooses the email channel from configuration; a development channel is refused in production. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(NotificationProperties.class)
class NotificationConfiguration {

    @Bean
    EmailSender emailSender(NotificationProperties properties, Environment env, ObjectProvider<JavaMailSender> mail,
            PlatformMode mode) {
        String id = properties.email();
        if (id == null || id.isBlank()) {
            id = env.getProperty("spring.mail.host", "").isBlank() ? "log" : "smtp";
        }
        EmailSender sender = switch (id) {
            case "smtp" -> new SmtpEmailSender(mail.getObject());
            case "log" -> new LogEmailSender();
            default -> throw new IllegalStateException("Unknown guichet.notification.email: " + properties.email()
                    + " (expected smtp or log)");
        };
        if (sender.development()) {
            mode.refuseInProduction("The email channel '" + sender.id() + "'");
        }
        return sender;
    }
}
