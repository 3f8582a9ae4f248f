package org.guichet.dossier.internal.web;

import java.util.UUID;
import org.guichet.dossier.DossierConflictException;
import org.guichet.dossier.DossierCorrections;
import org.guichet.dossier.ApplicantAccess;
import org.guichet.dossier.Dossier;
import jakarta.servlet.http.HttpServletRequest;
import org.guichet.dossier.DossierNotFoundException;
import org.guichet.identity.GuichetPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The usager says they made the correction an agent asked for: the silence clock runs again (rule 4). */
@Controller
class CorrectionCompletionController {

    private final DossierCorrections corrections;
    private final ApplicantAccess access;

    CorrectionCompletionController(DossierCorrections corrections, ApplicantAccess access) {
        this.corrections = corrections;
        this.access = access;
    }

    @PostMapping("/mes-demarches/{id}/correction")
    String complete(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            RedirectAttributes redirect) {
        Dossier held = access.find(id, me, request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        UUID dossier = held.id();
        try {
            corrections.complete(dossier, access.actor(held, me));
            redirect.addFlashAttribute("correctionSent", true);
        } catch (DossierNotFoundException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        } catch (DossierConflictException e) {
            // Nothing pending any more (a second click, or the agent resumed meanwhile): the page shows where it stands.
            redirect.addFlashAttribute("correctionNotPending", true);
        }
        return "redirect:/mes-demarches/" + dossier;
    }
}
