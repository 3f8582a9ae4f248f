package org.guichet.instruction.internal.decision;

import java.time.Clock;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guichet.dossier.DossierState;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The decision letters of a démarche, for administrators (the URL rules require ADMINISTRATEUR):
 * one text per outcome, with placeholders, previewed with example values before saving. Row-level
 * security scopes the démarche to the request's tenant: another tenant's id is not found.
 */
@Controller
@RequestMapping("/agent/administration/demarches/{procedureId}/decisions")
class DecisionTemplateController {

    private static final String VIEW = "instruction/decision-templates";
    /** The form's field for each outcome. */
    private static final Map<DossierState, String> FIELDS = Map.of(DossierState.ACCEPTE, "accepte",
            DossierState.REFUSE, "refuse", DossierState.SANS_SUITE, "sansSuite");

    private final ProcedureCatalogue procedures;
    private final DecisionTemplates templates;
    private final Clock clock;
    private final MessageSource messages;

    DecisionTemplateController(ProcedureCatalogue procedures, DecisionTemplates templates, Clock clock,
            MessageSource messages) {
        this.procedures = procedures;
        this.templates = templates;
        this.clock = clock;
        this.messages = messages;
    }

    @GetMapping
    String show(@PathVariable String procedureId, Model model) {
        Procedure procedure = procedure(procedureId);
        return page(procedure, templates.texts(procedure.id()), Map.of(), false, model);
    }

    @PostMapping
    String save(@PathVariable String procedureId, @RequestParam(defaultValue = "") String accepte,
            @RequestParam(defaultValue = "") String refuse, @RequestParam(defaultValue = "") String sansSuite,
            @RequestParam(required = false) String apercu, Authentication who, Locale locale, Model model,
            RedirectAttributes redirect) {
        Procedure procedure = procedure(procedureId);
        Map<DossierState, String> texts = new EnumMap<>(DossierState.class);
        texts.put(DossierState.ACCEPTE, clean(accepte));
        texts.put(DossierState.REFUSE, clean(refuse));
        texts.put(DossierState.SANS_SUITE, clean(sansSuite));
        Map<String, String> errors = new LinkedHashMap<>();
        for (DossierState outcome : DecisionTemplates.OUTCOMES) {
            String text = texts.get(outcome);
            Set<String> unknown = DecisionTemplates.unknownPlaceholders(text);
            String label = text("decision.template.field." + FIELDS.get(outcome), locale);
            if (text.isBlank()) {
                errors.put(FIELDS.get(outcome), text("decision.template.error.required", locale, label));
            } else if (text.length() > DecisionTemplates.MAX_LENGTH) {
                errors.put(FIELDS.get(outcome), text("decision.template.error.tooLong", locale, label, DecisionTemplates.MAX_LENGTH));
            } else if (!unknown.isEmpty()) {
                errors.put(FIELDS.get(outcome), text("decision.template.error.placeholder", locale, label, String.join(", ", unknown),
                        DecisionTemplates.PLACEHOLDERS.stream().map(p -> "{" + p + "}").collect(Collectors.joining(", "))));
            }
        }
        if (!errors.isEmpty() || apercu != null) {
            return page(procedure, texts, errors, errors.isEmpty(), model);
        }
        templates.save(procedure.id(), texts, who.getName());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/agent/administration/demarches/" + procedure.id() + "/decisions";
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    private String page(Procedure procedure, Map<DossierState, String> texts, Map<String, String> errors,
            boolean preview, Model model) {
        model.addAttribute("procedure", procedure);
        Map<String, String> byField = new LinkedHashMap<>();
        texts.forEach((outcome, text) -> byField.put(FIELDS.get(outcome), text));
        model.addAttribute("texts", byField);
        model.addAttribute("fields", DecisionTemplates.OUTCOMES.stream().map(FIELDS::get).toList());
        model.addAttribute("placeholders", DecisionTemplates.PLACEHOLDERS);
        model.addAttribute("errors", errors);
        if (preview) {
            Map<String, String> filled = new LinkedHashMap<>();
            byField.forEach((field, text) -> filled.put(field, DecisionTemplates.fill(text, example(procedure))));
            model.addAttribute("preview", filled);
        }
        return VIEW;
    }

    /** Example values, so that administrators read a letter as an usager would. */
    private Map<String, String> example(Procedure procedure) {
        String today = DecisionLetters.date(clock.instant(), ZoneId.of("Europe/Paris"));
        return Map.of("reference", "2026-000123", "demandeur", "Camille Martin", "demarche", procedure.title(),
                "date_depot", today, "motivation", "(la motivation écrite par l’agent)", "date_decision", today,
                "service", "(le service de la démarche)", "collectivite", "(la collectivité)");
    }

    private Procedure procedure(String id) {
        try {
            return procedures.findById(UUID.fromString(id)).orElseThrow(DecisionTemplateController::notFound);
        } catch (IllegalArgumentException e) {
            throw notFound();
        }
    }

    /** Browsers send line breaks as CR LF; the letter keeps plain LF. */
    private static String clean(String text) {
        return text.replace("\r\n", "\n").strip();
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
