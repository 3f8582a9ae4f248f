package org.guichet.instruction.internal.messaging;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.guichet.document.DocumentRejectedException;
import org.guichet.document.UploadLimits;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.instruction.MessagingManagement;
import org.guichet.instruction.MessagingManagement.NewAttachment;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.util.WebUtils;

/**
 * The message form of both sides of a thread: checks the text, then posts it with its files. Any
 * problem becomes a message next to its field (GOV.UK error summary) and nothing is stored.
 */
@Component
public class MessageForm {

    /** Field names, also the ids the error summary links to. */
    public static final String BODY = "body";
    public static final String FILES = "files";

    private final MessagingManagement messaging;
    private final MessageSource text;

    MessageForm(MessagingManagement messaging, MessageSource text) {
        this.messaging = messaging;
        this.text = text;
    }

    /** Puts an empty form, with a fresh one-time key, into the model unless a refused one is shown again. */
    public void prepare(Model model) {
        if (!model.containsAttribute("messageKey")) {
            model.addAttribute("messageKey", UUID.randomUUID());
            model.addAttribute("messageBody", "");
            model.addAttribute("messageErrors", Map.of());
        }
        model.addAttribute("uploadHint", UploadLimits.defaults().hintArguments());
        model.addAttribute("maxBody", MessagingManagement.MAX_BODY);
        model.addAttribute("maxFiles", MessagingManagement.MAX_ATTACHMENTS);
    }

    /** Posts the request's message; on a problem, fills the model to show the form again and returns false. */
    public boolean post(Dossier dossier, Actor author, HttpServletRequest request, Locale locale, Model model) {
        String body = request.getParameter(BODY) == null ? "" : request.getParameter(BODY);
        UUID key = key(request.getParameter("key"));
        List<MultipartFile> files = files(request);
        Map<String, String> errors = new LinkedHashMap<>();
        if (body.isBlank()) {
            errors.put(BODY, text.getMessage("messaging.body.required", null, locale));
        } else if (body.length() > MessagingManagement.MAX_BODY) {
            errors.put(BODY, text.getMessage("messaging.body.tooLong", new Object[] {MessagingManagement.MAX_BODY}, locale));
        }
        if (files.size() > MessagingManagement.MAX_ATTACHMENTS) {
            errors.put(FILES, text.getMessage("messaging.files.tooMany", new Object[] {MessagingManagement.MAX_ATTACHMENTS}, locale));
        }
        if (errors.isEmpty()) {
            try {
                messaging.post(dossier, author, body, files.stream()
                        .map(f -> new NewAttachment(f.getOriginalFilename(), f)).toList(), key);
                return true;
            } catch (DocumentRejectedException e) {
                errors.put(FILES, text.getMessage("messaging.files.refused", null, locale) + " "
                        + text.getMessage(e.messageCode(), e.messageArguments(), locale));
            }
        }
        model.addAttribute("messageKey", key);
        model.addAttribute("messageBody", body.length() > MessagingManagement.MAX_BODY * 2 ? "" : body);
        model.addAttribute("messageErrors", errors);
        return false;
    }

    private static UUID key(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException | NullPointerException e) {
            // Without the form's key there is nothing to recognise a replay by: treat it as new.
            return UUID.randomUUID();
        }
    }

    private static List<MultipartFile> files(HttpServletRequest request) {
        // Filters (security, sessions) wrap the multipart request: look for it beneath them.
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? List.of() : multipart.getFiles(FILES).stream().filter(f -> !f.isEmpty()).toList();
    }
}
