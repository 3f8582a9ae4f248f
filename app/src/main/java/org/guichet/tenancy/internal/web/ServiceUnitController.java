package org.guichet.tenancy.internal.web;

import java.util.UUID;
import org.guichet.tenancy.ServiceUnit;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.ServiceUnitManagement.ServiceDetails;
import org.guichet.tenancy.TenantConflictException;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The tenant's services, for its administrators (the URL rules require ADMINISTRATEUR). Row-level
 * security scopes every read and write to the request's tenant: another tenant's id is not found.
 */
@Controller
@RequestMapping("/agent/administration/services")
class ServiceUnitController {

    private static final String FORM = "tenancy/service-form";

    private final ServiceUnitManagement services;

    ServiceUnitController(ServiceUnitManagement services) {
        this.services = services;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("services", services.list());
        return "tenancy/services";
    }

    @GetMapping("/nouveau")
    String newService(Model model) {
        model.addAttribute("serviceForm", new ServiceForm());
        return FORM;
    }

    @PostMapping
    String create(@ModelAttribute ServiceForm serviceForm, BindingResult errors, Authentication who,
            RedirectAttributes redirect) {
        ServiceDetails details = serviceForm.validate(errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            services.create(details, who.getName());
        } catch (TenantConflictException e) {
            errors.rejectValue("name", "service.name.taken");
            return FORM;
        }
        redirect.addFlashAttribute("saved", details.name());
        return "redirect:/agent/administration/services";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable UUID id, Model model) {
        ServiceUnit service = services.find(id).orElseThrow(ServiceUnitController::notFound);
        model.addAttribute("serviceId", service.id());
        model.addAttribute("serviceForm", ServiceForm.of(service));
        return FORM;
    }

    @PostMapping("/{id}")
    String update(@PathVariable UUID id, @ModelAttribute ServiceForm serviceForm, BindingResult errors,
            Authentication who, Model model, RedirectAttributes redirect) {
        services.find(id).orElseThrow(ServiceUnitController::notFound);
        model.addAttribute("serviceId", id);
        ServiceDetails details = serviceForm.validate(errors);
        if (errors.hasErrors()) {
            return FORM;
        }
        try {
            if (!services.update(id, details, who.getName())) {
                throw notFound();
            }
        } catch (TenantConflictException e) {
            errors.rejectValue("name", "service.name.taken");
            return FORM;
        }
        redirect.addFlashAttribute("saved", details.name());
        return "redirect:/agent/administration/services";
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
