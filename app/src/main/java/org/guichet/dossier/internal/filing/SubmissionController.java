package org.guichet.dossier.internal.filing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.ApplicantAccess;
import org.guichet.dossier.ProcedureUnavailableException;
import org.guichet.dossier.internal.AnswerSummary;
import org.guichet.forms.FieldError;
import org.guichet.forms.ValidationResult;
import org.guichet.identity.GuichetPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** "Check your answers", then the submission and its accusé d'enregistrement. */
@Controller
class SubmissionController {

    private final Filing filing;
    private final DossierManagement dossiers;
    private final MessageSource messages;

    private final ApplicantAccess access;

    SubmissionController(Filing filing, DossierManagement dossiers, MessageSource messages, ApplicantAccess access) {
        this.access = access;
        this.filing = filing;
        this.dossiers = dossiers;
        this.messages = messages;
    }

    @GetMapping("/mes-demarches/{id}/verification")
    String check(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Model model, Locale locale) {
        Filing.Context context = filing.load(id, me, request);
        if (!context.dossier().state().editableByUsager()) {
            return "redirect:/mes-demarches/" + id;
        }
        ValidationResult result = filing.validator(FilingController.tenant(request)).validateForm(context.form(), context.answers());
        Map<String, String> problems = new LinkedHashMap<>();
        for (FieldError e : result.errors()) {
            problems.putIfAbsent("/mes-demarches/" + id + "/pages/" + e.pageId() + "#" + e.inputKey(),
                    messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale));
        }
        model.addAttribute("context", context);
        model.addAttribute("sections", AnswerSummary.of(context.form(), result.values(), result.visiblePageIds()));
        model.addAttribute("problems", problems);
        return "dossier/filing/check";
    }

    @PostMapping("/mes-demarches/{id}/envoi")
    String submit(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request) {
        Filing.Context context = filing.load(id, me, request);
        if (context.dossier().state().editableByUsager() && context.dossier().reference() == null) {
            ValidationResult result = filing.validator(FilingController.tenant(request)).validateForm(context.form(), context.answers());
            if (!result.valid()) {
                return "redirect:/mes-demarches/" + id + "/verification";
            }
            try {
                dossiers.submit(context.dossier().id(), access.actor(context.dossier(), me));
            } catch (ProcedureUnavailableException closedMeanwhile) {
                return "redirect:/demarches/" + context.procedure().slug();
            }
        }
        return "redirect:/mes-demarches/" + id + "/confirmation";
    }

    @GetMapping("/mes-demarches/{id}/confirmation")
    String confirmation(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Model model) {
        Filing.Context context = filing.load(id, me, request);
        Dossier dossier = context.dossier();
        if (dossier.reference() == null) {
            return "redirect:/mes-demarches/" + id + "/verification";
        }
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedure", context.procedure());
        model.addAttribute("zone", FilingController.tenant(request).timeZone());
        model.addAttribute("trackingCode", access.trackingCode(request, dossier.id()).orElse(null));
        return "dossier/filing/confirmation";
    }
}
