package org.guichet.instruction.internal.citizen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.ApplicantAccess;
import org.guichet.dossier.DossierState;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.MessagingManagement;
import org.guichet.instruction.internal.DossierTabPage;
import org.guichet.instruction.internal.Downloads;
import org.guichet.instruction.internal.messaging.MessageForm;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The usager's side of a dossier's thread. Only the owner reaches it (any other id is a 404, like
 * "Mes démarches"); a draft has no thread yet, since no one at the service can see it.
 */
@Controller
class CitizenMessagingController {

    private static final String PAGE = "instruction/citizen-messaging";

    private final ProcedureCatalogue procedures;
    private final MessagingManagement messaging;
    private final MessageForm form;
    private final Downloads downloads;

    private final ApplicantAccess applicants;

    CitizenMessagingController(ApplicantAccess applicants, ProcedureCatalogue procedures, MessagingManagement messaging,
            MessageForm form, Downloads downloads) {
        this.applicants = applicants;
        this.procedures = procedures;
        this.messaging = messaging;
        this.form = form;
        this.downloads = downloads;
    }

    @GetMapping("/mes-demarches/{id}/messagerie")
    String thread(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Model model) {
        return show(owned(id, me, request), request, model);
    }

    @PostMapping("/mes-demarches/{id}/messagerie")
    String post(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Locale locale, Model model, RedirectAttributes redirect) {
        Dossier dossier = owned(id, me, request);
        if (dossier.state() == DossierState.BROUILLON) {
            throw DossierTabPage.notFound();
        }
        if (!form.post(dossier, applicants.actor(dossier, me), request, locale, model)) {
            return show(dossier, request, model);
        }
        redirect.addFlashAttribute("sent", true);
        return "redirect:/mes-demarches/" + dossier.id() + "/messagerie";
    }

    @GetMapping("/mes-demarches/{id}/messagerie/pieces/{documentId}")
    void attachment(@PathVariable String id, @PathVariable String documentId, @AuthenticationPrincipal GuichetPrincipal me,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Dossier dossier = owned(id, me, request);
        downloads.send(DossierTabPage.parse(documentId).flatMap(doc -> messaging.attachment(dossier.id(), doc))
                .orElseThrow(DossierTabPage::notFound), response);
    }

    /** The usager's dossier: their account's, or the one this session holds (filed without an account). */
    private Dossier owned(String id, GuichetPrincipal me, HttpServletRequest request) {
        return applicants.find(id, me, request).orElseThrow(DossierTabPage::notFound);
    }

    private String show(Dossier dossier, HttpServletRequest request, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedureTitle", procedures.findById(dossier.procedureId()).map(Procedure::title).orElse(""));
        model.addAttribute("zone", DossierTabPage.zone(request));
        model.addAttribute("open", dossier.state() != DossierState.BROUILLON);
        model.addAttribute("messages", dossier.state() == DossierState.BROUILLON ? List.of() : messaging.thread(dossier.id()));
        model.addAttribute("names", Map.of());
        model.addAttribute("viewer", "USAGER");
        model.addAttribute("action", "/mes-demarches/" + dossier.id() + "/messagerie");
        form.prepare(model);
        return PAGE;
    }
}
