package org.guichet.notification.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.guichet.shared.PlatformMode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mock.env.MockEnvironment;

/** The email channel follows configuration; the development channel is refused in production. */
class NotificationConfigurationTest {

    private final NotificationConfiguration configuration = new NotificationConfiguration();
    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    NotificationConfigurationTest() {
        beans.addBean("mail", new JavaMailSenderImpl());
    }

    @Test
    void logsEmailsWhenNoSmtpHostIsConfigured() {
        var sender = configuration.emailSender(new NotificationProperties(null, null), new MockEnvironment(),
                beans.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class), new PlatformMode(false, null));

        assertThat(sender.id()).isEqualTo("log");
        assertThat(sender.development()).isTrue();
    }

    @Test
    void usesSmtpWhenAHostIsConfigured() {
        var env = new MockEnvironment().withProperty("spring.mail.host", "smtp.example.org");
        var sender = configuration.emailSender(new NotificationProperties(null, null), env,
                beans.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class), new PlatformMode(true, null));

        assertThat(sender.id()).isEqualTo("smtp");
    }

    @Test
    void refusesTheLogChannelInProduction() {
        assertThatThrownBy(() -> configuration.emailSender(new NotificationProperties(null, null), new MockEnvironment(),
                beans.getBeanProvider(org.springframework.mail.javamail.JavaMailSender.class), new PlatformMode(true, null)))
                .hasMessageContaining("refused in production");
    }
}
