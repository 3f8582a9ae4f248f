package org.guichet.support;

import jakarta.mail.Address;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads what the application sent to GreenMail; mail leaves after commit, so reads wait a little. */
public final class Mailbox {

    private Mailbox() {}

    /** The text of the latest message to {@code to}, waiting up to 15 s for one. */
    public static String awaitText(String to) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(15));
        while (Instant.now().isBefore(deadline)) {
            MimeMessage[] messages = TestServers.MAIL.getReceivedMessages();
            for (int i = messages.length - 1; i >= 0; i--) {
                try {
                    Address[] recipients = messages[i].getAllRecipients();
                    if (recipients != null && Arrays.stream(recipients).anyMatch(a -> a.toString().equalsIgnoreCase(to))) {
                        return messages[i].getSubject() + "\n" + messages[i].getContent();
                    }
                } catch (Exception e) {
                    throw new AssertionError("Unreadable message to " + to, e);
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
        throw new AssertionError("No email to " + to + " within 15 s");
    }

    /** The first link in the latest message to {@code to} that contains {@code path}. */
    public static String awaitLink(String to, String path) {
        String text = awaitText(to);
        Matcher link = Pattern.compile("https?://\\S*" + Pattern.quote(path) + "\\S*").matcher(text);
        if (!link.find()) {
            throw new AssertionError("No link with " + path + " in the email to " + to + ":\n" + text);
        }
        return link.group();
    }
}
