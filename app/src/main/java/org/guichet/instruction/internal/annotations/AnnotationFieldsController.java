package org.guichet.instruction.internal.annotations;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.AnnotationManagement;
import org.guichet.instruction.AnnotationType;
import org.guichet.instruction.internal.DossierTabPage;
import org.guichet.instruction.internal.InstructionAccess;
import org.guichet.procedure.Procedure;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The administrator defines a démarche's private annotation fields (the URL rules require
 * ADMINISTRATEUR; {@link InstructionAccess} limits it to the démarches of their services).
 */
@Controller
@RequestMapping("/agent/administration/demarches/{procedureId}/annotations")
class AnnotationFieldsController {

    private static final String PAGE = "instruction/annotation-fields";

    private final InstructionAccess access;
    private final AnnotationManagement annotations;
    private final MessageSource text;

    AnnotationFieldsController(InstructionAccess access, AnnotationManagement annotations, MessageSource text) {
        this.access = access;
        this.annotations = annotations;
        this.text = text;
    }

    @GetMapping
    String list(@PathVariable String procedureId, @AuthenticationPrincipal GuichetPrincipal me, Model model) {
        return page(procedure(me, procedureId), "", "", "", Map.of(), model);
    }

    @PostMapping
    String add(@PathVariable String procedureId, @RequestParam(defaultValue = "") String label,
            @RequestParam(defaultValue = "") String type, @RequestParam(defaultValue = "") String options,
            @AuthenticationPrincipal GuichetPrincipal me, Locale locale, Model model, RedirectAttributes redirect) {
        Procedure procedure = procedure(me, procedureId);
        Map<String, String> errors = new LinkedHashMap<>();
        String cleanLabel = label.strip();
        if (cleanLabel.isEmpty() || cleanLabel.length() > AnnotationManagement.MAX_LABEL) {
            errors.put("label", text.getMessage("annotations.field.label.error", new Object[] {AnnotationManagement.MAX_LABEL}, locale));
        }
        AnnotationType chosen = Arrays.stream(AnnotationType.values()).filter(t -> t.name().equals(type)).findFirst().orElse(null);
        if (chosen == null) {
            errors.put("type-SHORT_TEXT", text.getMessage("annotations.field.type.error", null, locale));
        }
        List<String> lines = options.lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
        if (chosen == AnnotationType.SINGLE_CHOICE && !AnnotationManagement.validOptions(chosen, lines)) {
            errors.put("options", text.getMessage("annotations.field.options.error",
                    new Object[] {AnnotationManagement.MAX_OPTIONS, AnnotationManagement.MAX_LABEL}, locale));
        }
        if (!errors.isEmpty()) {
            return page(procedure, cleanLabel, type, options, errors, model);
        }
        annotations.addField(procedure.id(), cleanLabel, chosen, lines, me.accountId());
        redirect.addFlashAttribute("saved", text.getMessage("annotations.field.added", new Object[] {cleanLabel}, locale));
        return redirectTo(procedure);
    }

    @PostMapping("/{fieldId}/supprimer")
    String remove(@PathVariable String procedureId, @PathVariable String fieldId, @AuthenticationPrincipal GuichetPrincipal me,
            Locale locale, RedirectAttributes redirect) {
        Procedure procedure = procedure(me, procedureId);
        if (!DossierTabPage.parse(fieldId).map(id -> annotations.removeField(procedure.id(), id, me.accountId())).orElse(false)) {
            throw DossierTabPage.notFound();
        }
        redirect.addFlashAttribute("saved", text.getMessage("annotations.field.removed", null, locale));
        return redirectTo(procedure);
    }

    @PostMapping("/{fieldId}/deplacer")
    String move(@PathVariable String procedureId, @PathVariable String fieldId, @RequestParam(defaultValue = "") String sens,
            @AuthenticationPrincipal GuichetPrincipal me) {
        Procedure procedure = procedure(me, procedureId);
        // A field already first or last simply stays where it is.
        DossierTabPage.parse(fieldId).ifPresent(id -> annotations.moveField(procedure.id(), id, "haut".equals(sens), me.accountId()));
        return redirectTo(procedure);
    }

    private Procedure procedure(GuichetPrincipal me, String procedureId) {
        return DossierTabPage.parse(procedureId).map(id -> access.requireProcedure(me, id)).orElseThrow(DossierTabPage::notFound);
    }

    private String page(Procedure procedure, String label, String type, String options, Map<String, String> errors, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("fields", annotations.fields(procedure.id()));
        model.addAttribute("types", AnnotationType.values());
        model.addAttribute("label", label);
        model.addAttribute("type", type);
        model.addAttribute("options", options);
        model.addAttribute("errors", errors);
        return PAGE;
    }

    private static String redirectTo(Procedure procedure) {
        return "redirect:/agent/administration/demarches/" + procedure.id() + "/annotations";
    }
}
