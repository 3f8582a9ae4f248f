package org.guichet.instruction.internal.inbox;

import java.util.Map;
import java.util.UUID;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.RoutingChanged;
import org.guichet.instruction.internal.InstructionAccess;
import org.guichet.procedure.Procedure;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The labels of a démarche, for its administrators (a démarche they do not administer is a 404). */
@Controller
@RequestMapping("/agent/administration/demarches/{procedureId}/etiquettes")
class LabelsController {

    private final InstructionAccess access;
    private final LabelRepository labels;
    private final ApplicationEventPublisher events;

    LabelsController(InstructionAccess access, LabelRepository labels, ApplicationEventPublisher events) {
        this.access = access;
        this.labels = labels;
        this.events = events;
    }

    @GetMapping
    String list(@PathVariable String procedureId, @AuthenticationPrincipal GuichetPrincipal admin, Model model) {
        return page(procedure(admin, procedureId), model, Map.of());
    }

    @PostMapping
    @Transactional
    String create(@PathVariable String procedureId, @RequestParam(defaultValue = "") String nom,
            @RequestParam(defaultValue = "") String couleur, @AuthenticationPrincipal GuichetPrincipal admin, Model model,
            RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        String name = nom.strip();
        if (name.isEmpty() || name.length() > 50) {
            return page(procedure, model, Map.of("nom", "labels.error.name"));
        }
        if (!LabelRepository.COLOURS.contains(couleur)) {
            return page(procedure, model, Map.of("couleur", "labels.error.colour"));
        }
        if (labels.nameTaken(procedure.id(), name)) {
            return page(procedure, model, Map.of("nom", "labels.error.nameTaken"));
        }
        UUID id = labels.insert(procedure.id(), name, couleur);
        return done(admin, procedure, "label-created", id, redirect, "labels.done.created");
    }

    @PostMapping("/{labelId}/suppression")
    @Transactional
    String delete(@PathVariable String procedureId, @PathVariable String labelId,
            @AuthenticationPrincipal GuichetPrincipal admin, RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        UUID id = OrganisationController.uuid(labelId, HttpStatus.NOT_FOUND);
        if (!labels.delete(procedure.id(), id)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return done(admin, procedure, "label-deleted", id, redirect, "labels.done.deleted");
    }

    private String done(GuichetPrincipal admin, Procedure procedure, String change, UUID target, RedirectAttributes redirect,
            String message) {
        events.publishEvent(new RoutingChanged(TenantContext.require(), procedure.id(), admin.accountId().value(), change, target));
        redirect.addFlashAttribute("done", message);
        return "redirect:/agent/administration/demarches/" + procedure.id() + "/etiquettes";
    }

    private String page(Procedure procedure, Model model, Map<String, String> errors) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("labels", labels.ofProcedures(java.util.List.of(procedure.id())));
        model.addAttribute("colours", LabelRepository.COLOURS);
        model.addAttribute("errors", errors);
        return "instruction/labels";
    }

    private Procedure procedure(GuichetPrincipal admin, String procedureId) {
        Procedure procedure = access.requireProcedure(admin, OrganisationController.uuid(procedureId, HttpStatus.NOT_FOUND));
        if (!access.mayAdminister(admin, procedure)) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return procedure;
    }
}
