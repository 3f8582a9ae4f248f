package org.guichet.dossier.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.ApplicantAccess;
import org.guichet.dossier.TrackedFiling;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** "Suivre un dossier sans compte": a tracking code reopens its dossier, draft or submitted, in this browser. */
@Controller
class TrackingController {

    private final TrackedFiling tracked;
    private final ApplicantAccess access;
    private final MessageSource messages;

    TrackingController(TrackedFiling tracked, ApplicantAccess access, MessageSource messages) {
        this.tracked = tracked;
        this.access = access;
        this.messages = messages;
    }

    @GetMapping("/suivi")
    String form() {
        return "dossier/tracking";
    }

    @PostMapping("/suivi")
    String open(@RequestParam(name = "code", defaultValue = "") String code, HttpServletRequest request, Model model,
            java.util.Locale locale) {
        Optional<UUID> dossier = code.length() > 40 ? Optional.empty() : tracked.open(code);
        if (dossier.isEmpty()) {
            model.addAttribute("code", code.length() > 40 ? "" : code);
            model.addAttribute("error", messages.getMessage(code.isBlank() ? "tracking.code.missing" : "tracking.code.unknown",
                    null, locale));
            return "dossier/tracking";
        }
        access.hold(request, dossier.get());
        return "redirect:/mes-demarches/" + dossier.get();
    }
}
