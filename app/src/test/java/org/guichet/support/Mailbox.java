package org.guichet.support;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads what the application mailed to one address from the shared GreenMail server. Other tests
 * send mail too, so everything is filtered by recipient: use a unique address per test.
 */
public final class Mailbox {

    private static final Duration WAIT = Duration.ofSeconds(20);

    private Mailbox() {}

    /** Every message received so far for {@code to}. */
    public static List<MimeMessage> messagesTo(String to) {
        return Arrays.stream(TestServers.MAIL.getReceivedMessages()).filter(m -> isFor(m, to)).toList();
    }

    /** Waits for the first message to {@code to} whose subject contains {@code subject}. */
    public static MimeMessage await(String to, String subject) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            for (MimeMessage message : messagesTo(to)) {
                if (subjectOf(message).contains(subject)) {
                    return message;
                }
            }
            sleep();
        }
        throw new AssertionError("No mail to " + to + " with a subject containing \"" + subject + "\" within " + WAIT);
    }

    /** Waits for the {@code count}-th message to {@code to} whose subject contains {@code subject}. */
    public static List<MimeMessage> awaitCount(String to, String subject, int count) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> found = messagesTo(to).stream().filter(m -> subjectOf(m).contains(subject)).toList();
            if (found.size() >= count) {
                return found;
            }
            sleep();
        }
        throw new AssertionError("Fewer than " + count + " mails to " + to + " about \"" + subject + "\" within " + WAIT);
    }

    public static String subjectOf(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The decoded plain-text body. */
    public static String textOf(MimeMessage message) {
        try {
            return String.valueOf(message.getContent());
        } catch (MessagingException | IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The first absolute link in the body whose path starts with {@code pathPrefix}. */
    /** Subject and text of the latest message to {@code to}, waiting for one to arrive. */
    public static String awaitText(String to) {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            List<MimeMessage> messages = messagesTo(to);
            if (!messages.isEmpty()) {
                MimeMessage latest = messages.getLast();
                return subjectOf(latest) + "\n" + textOf(latest);
            }
            sleep();
        }
        throw new AssertionError("No email to " + to + " within " + WAIT.toSeconds() + " s");
    }

    /** The first link containing {@code path} in the latest message to {@code to}. */
    public static String awaitLink(String to, String path) {
        String text = awaitText(to);
        Matcher link = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link with " + path + " in the email to " + to + ":\n" + text);
        }
        return link.group();
    }

    public static String linkIn(MimeMessage message, String pathPrefix) {
        Matcher m = Pattern.compile("https?://[^\\s/]+" + Pattern.quote(pathPrefix) + "\\S*").matcher(textOf(message));
        if (!m.find()) {
            throw new AssertionError("No link to " + pathPrefix + " in:\n" + textOf(message));
        }
        return m.group();
    }

    private static boolean isFor(MimeMessage message, String to) {
        try {
            Address[] recipients = message.getAllRecipients();
            return recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(to));
        } catch (MessagingException e) {
            return false;
        }
    }

    private static void sleep() {
        try {
            Thread.sleep(100);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("Interrupted while waiting for mail", e);
        }
    }
}
