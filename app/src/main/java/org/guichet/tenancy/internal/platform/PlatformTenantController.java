package org.guichet.tenancy.internal.platform;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.util.UUID;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.InvalidLogoException;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantConflictException;
import org.guichet.tenancy.TenantLogo;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantManagement.TenantChanges;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
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

/** One tenant in the platform console: its details, brand colour, hostnames and logo. */
@Controller
@RequestMapping("/plateforme/collectivites/{id}")
class PlatformTenantController {

    private static final String PAGE = "tenancy/platform/tenant";

    private final TenantManagement tenants;
    private final String platformHost;

    PlatformTenantController(TenantManagement tenants, @Value("${guichet.platform-host:localhost}") String platformHost) {
        this.tenants = tenants;
        this.platformHost = platformHost;
    }

    @GetMapping
    String show(@PathVariable UUID id, Model model) {
        Tenant tenant = find(id);
        model.addAttribute("tenantForm", TenantForm.of(tenant));
        return page(tenant, model);
    }

    @PostMapping
    String update(@PathVariable UUID id, @ModelAttribute TenantForm tenantForm, BindingResult errors,
            Authentication who, Model model, RedirectAttributes redirect) {
        Tenant tenant = find(id);
        TenantChanges changes = tenantForm.validate(errors);
        if (changes == null) {
            return page(tenant, model);
        }
        tenants.update(tenant.id(), changes, PlatformActor.of(who));
        redirect.addFlashAttribute("saved", "platform.tenant.saved");
        return redirect(id);
    }

    @PostMapping("/noms-d-hote")
    String addHostname(@PathVariable UUID id, @ModelAttribute HostnameForm hostnameForm, BindingResult errors,
            Authentication who, Model model, RedirectAttributes redirect) {
        Tenant tenant = find(id);
        String hostname = hostnameForm.validate(errors, platformHost);
        if (!errors.hasErrors()) {
            try {
                tenants.addHostname(tenant.id(), hostname, PlatformActor.of(who));
                redirect.addFlashAttribute("saved", "platform.hostname.added");
                return redirect(id);
            } catch (TenantConflictException e) {
                errors.rejectValue("hostname", "platform.hostname.taken");
            }
        }
        model.addAttribute("tenantForm", TenantForm.of(tenant));
        return page(tenant, model);
    }

    @PostMapping("/administrateurs")
    String inviteAdministrator(@PathVariable UUID id, @ModelAttribute AdministratorForm administratorForm,
            BindingResult errors, Authentication who, HttpServletRequest request, Model model, RedirectAttributes redirect) {
        Tenant tenant = find(id);
        String email = administratorForm.validate(errors);
        if (errors.hasErrors()) {
            model.addAttribute("tenantForm", TenantForm.of(tenant));
            return page(tenant, model);
        }
        tenants.designateAdministrator(tenant.id(), email,
                PlatformTenantsController.portalUrl(request, tenant.primaryHostname()), PlatformActor.of(who));
        redirect.addFlashAttribute("administratorInvited", email);
        return redirect(id);
    }

    @PostMapping("/logo")
    String uploadLogo(@PathVariable UUID id, @ModelAttribute LogoForm logoForm, BindingResult errors,
            Authentication who, Model model, RedirectAttributes redirect) throws IOException {
        Tenant tenant = find(id);
        var file = logoForm.getLogo();
        try {
            if (file != null && file.getSize() > TenantLogo.MAX_BYTES) {
                // Refused before reading: the upload limit of the server is far larger than a logo's.
                throw new InvalidLogoException(InvalidLogoException.Reason.TOO_LARGE);
            }
            tenants.storeLogo(tenant.id(), file == null ? new byte[0] : file.getBytes(), PlatformActor.of(who));
            redirect.addFlashAttribute("saved", "platform.logo.saved");
            return redirect(id);
        } catch (InvalidLogoException e) {
            errors.rejectValue("logo", "platform.logo." + e.reason().name().toLowerCase(java.util.Locale.ROOT),
                    new Object[] {TenantLogo.MAX_BYTES / 1024}, null);
        }
        model.addAttribute("tenantForm", TenantForm.of(tenant));
        return page(tenant, model);
    }

    /** The logo, shown on this console's page: the portal's own address serves it only on the tenant's host. */
    @GetMapping("/logo")
    ResponseEntity<byte[]> logo(@PathVariable UUID id) {
        TenantLogo logo = tenants.logo(find(id).id()).orElseThrow(PlatformTenantController::notFound);
        return ResponseEntity.ok().cacheControl(CacheControl.noCache())
                .contentType(MediaType.parseMediaType(logo.contentType())).body(logo.bytes());
    }

    private String page(Tenant tenant, Model model) {
        model.addAttribute("tenantView", tenant);
        model.addAttribute("hasLogo", tenants.logo(tenant.id()).isPresent());
        if (!model.containsAttribute("hostnameForm")) {
            model.addAttribute("hostnameForm", new HostnameForm());
        }
        if (!model.containsAttribute("administratorForm")) {
            model.addAttribute("administratorForm", new AdministratorForm());
        }
        if (!model.containsAttribute("logoForm")) {
            model.addAttribute("logoForm", new LogoForm());
        }
        return PAGE;
    }

    private Tenant find(UUID id) {
        return tenants.findById(new TenantId(id)).orElseThrow(PlatformTenantController::notFound);
    }

    private static String redirect(UUID id) {
        return "redirect:/plateforme/collectivites/" + id;
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
