package org.guichet.instruction.internal.annotations;

import jakarta.servlet.http.HttpServletRequest;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.AnnotationField;
import org.guichet.instruction.AnnotationManagement;
import org.guichet.instruction.AnnotationValue;
import org.guichet.instruction.internal.DossierTabPage;
import org.guichet.shared.AccountId;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "Annotations privées" tab: agents fill the démarche's annotation fields on a dossier. */
@Controller
class AnnotationsController {

    private static final String PAGE = "instruction/annotations";

    private final DossierTabPage tabs;
    private final AnnotationManagement annotations;
    private final AccountManagement accounts;
    private final MessageSource text;

    AnnotationsController(DossierTabPage tabs, AnnotationManagement annotations, AccountManagement accounts,
            MessageSource text) {
        this.tabs = tabs;
        this.annotations = annotations;
        this.accounts = accounts;
        this.text = text;
    }

    @GetMapping("/agent/dossiers/{id}/annotations")
    String show(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Model model) {
        Dossier dossier = tabs.open(me, id, "annotations", request, model);
        List<AnnotationField> fields = annotations.fields(dossier.procedureId());
        Map<UUID, AnnotationValue> values = annotations.values(dossier.id());
        return page(fields, values, AnnotationInput.typedFrom(fields, values), Map.of(), model);
    }

    @PostMapping("/agent/dossiers/{id}/annotations")
    String save(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Locale locale, Model model, RedirectAttributes redirect) {
        Dossier dossier = tabs.open(me, id, "annotations", request, model);
        List<AnnotationField> fields = annotations.fields(dossier.procedureId());
        AnnotationInput.Result input = AnnotationInput.read(fields, request, text, locale);
        if (!input.errors().isEmpty()) {
            return page(fields, annotations.values(dossier.id()), input.typed(), input.errors(), model);
        }
        annotations.save(dossier.procedureId(), dossier.id(), input.values(), me.accountId());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/agent/dossiers/" + dossier.id() + "/annotations";
    }

    private String page(List<AnnotationField> fields, Map<UUID, AnnotationValue> values, Map<String, String> typed,
            Map<String, String> errors, Model model) {
        Map<UUID, String> names = new HashMap<>();
        values.values().stream().map(AnnotationValue::updatedBy).filter(Objects::nonNull).distinct().forEach(account ->
                accounts.contactOf(new AccountId(account)).ifPresent(c -> names.put(account, c.displayName())));
        model.addAttribute("fields", fields);
        model.addAttribute("values", values);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        model.addAttribute("names", names);
        return PAGE;
    }
}
