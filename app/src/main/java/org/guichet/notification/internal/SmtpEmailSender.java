package org.guichet.notification.internal;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.UnsupportedEncodingException;
import org.guichet.notification.spi.EmailSender;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;

/** Sends through the SMTP server configured by {@code GUICHET_SMTP_HOST}. */
class SmtpEmailSender implements EmailSender {

    private final JavaMailSender mail;

    SmtpEmailSender(JavaMailSender mail) {
        this.mail = mail;
    }

    @Override
    public String id() {
        return "smtp";
    }

    @Override
    public boolean development() {
        return false;
    }

    @Override
    public void send(OutgoingEmail email) {
        try {
            MimeMessage message = mail.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, false, "UTF-8");
            helper.setFrom(email.from(), email.fromName());
            helper.setTo(email.to());
            helper.setSubject(email.subject());
            helper.setText(email.textBody(), false);
            mail.send(message);
        } catch (MessagingException | UnsupportedEncodingException | MailException e) {
            throw new EmailDeliveryException("SMTP delivery failed", e);
        }
    }
}
