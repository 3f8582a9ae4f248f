package org.guichet.procedure.internal.studio;

import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureDetails;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.procedure.SlugRefusedException;
import org.guichet.tenancy.ServiceUnit;
import org.guichet.tenancy.ServiceUnitManagement;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The studio's list of démarches, and what administrators write about each one (its details). */
@Controller
@RequestMapping(StudioAccess.BASE)
class StudioController {

    private static final String DETAILS = "procedure/studio/details";

    private final ProcedureCatalogue catalogue;
    private final ProcedureManagement management;
    private final ServiceUnitManagement services;
    private final StudioAccess access;

    StudioController(ProcedureCatalogue catalogue, ProcedureManagement management, ServiceUnitManagement services,
            StudioAccess access) {
        this.catalogue = catalogue;
        this.management = management;
        this.services = services;
        this.access = access;
    }

    @ModelAttribute
    void choices(Model model) {
        model.addAttribute("services", services.list());
        model.addAttribute("categories", Category.values());
        model.addAttribute("silenceRules", SilenceRule.values());
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("procedures", catalogue.all());
        return "procedure/studio/list";
    }

    @GetMapping("/nouvelle")
    String newProcedure(Model model) {
        model.addAttribute("detailsForm", new DetailsForm());
        return DETAILS;
    }

    @PostMapping
    String create(@ModelAttribute DetailsForm detailsForm, BindingResult errors, Authentication who) {
        ProcedureDetails details = detailsForm.validate(errors, serviceIds());
        if (errors.hasErrors()) {
            return DETAILS;
        }
        try {
            return StudioAccess.home(management.createDraft(details, who.getName()));
        } catch (SlugRefusedException e) {
            errors.rejectValue("slug", "studio.details.slug.taken");
            return DETAILS;
        }
    }

    @GetMapping("/{id}")
    String overview(@PathVariable UUID id, Model model) {
        model.addAttribute("procedure", access.procedure(id));
        model.addAttribute("summary", access.summary(id));
        model.addAttribute("form", access.form(id));
        return "procedure/studio/overview";
    }

    @GetMapping("/{id}/details")
    String edit(@PathVariable UUID id, Model model) {
        model.addAttribute("procedure", access.procedure(id));
        model.addAttribute("detailsForm", DetailsForm.of(access.procedure(id)));
        return DETAILS;
    }

    @PostMapping("/{id}/details")
    String update(@PathVariable UUID id, @ModelAttribute DetailsForm detailsForm, BindingResult errors,
            Authentication who, Model model, RedirectAttributes redirect) {
        model.addAttribute("procedure", access.procedure(id));
        ProcedureDetails details = detailsForm.validate(errors, serviceIds());
        if (errors.hasErrors()) {
            return DETAILS;
        }
        try {
            if (!management.update(id, details, who.getName())) {
                throw StudioAccess.notFound();
            }
        } catch (SlugRefusedException e) {
            errors.rejectValue("slug", e.reason() == SlugRefusedException.Reason.TAKEN
                    ? "studio.details.slug.taken" : "studio.details.slug.frozen");
            return DETAILS;
        }
        redirect.addFlashAttribute("saved", "studio.details.saved");
        return StudioAccess.home(id);
    }

    private Set<UUID> serviceIds() {
        return services.list().stream().map(ServiceUnit::id).collect(Collectors.toSet());
    }
}
