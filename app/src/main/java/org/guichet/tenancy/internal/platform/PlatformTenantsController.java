package org.guichet.tenancy.internal.platform;

import jakarta.servlet.http.HttpServletRequest;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantConflictException;
import org.guichet.tenancy.TenantManagement;
import org.guichet.tenancy.TenantManagement.NewTenant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The platform console's list of tenants and the creation of a tenant with its first
 * administrator. The URL rules admit only platform administrators, and only on the platform host.
 */
@Controller
class PlatformTenantsController {

    private static final String FORM = "tenancy/platform/tenant-new";

    private final TenantManagement tenants;
    private final String platformHost;

    PlatformTenantsController(TenantManagement tenants, @Value("${guichet.platform-host:localhost}") String platformHost) {
        this.tenants = tenants;
        this.platformHost = platformHost;
    }

    @GetMapping("/plateforme")
    String list(Model model) {
        model.addAttribute("tenants", tenants.all());
        return "tenancy/platform/tenants";
    }

    @GetMapping("/plateforme/collectivites/nouvelle")
    String newTenant(Model model) {
        model.addAttribute("newTenantForm", new NewTenantForm());
        return FORM;
    }

    @PostMapping("/plateforme/collectivites")
    String create(@ModelAttribute NewTenantForm newTenantForm, BindingResult errors, Authentication who,
            HttpServletRequest request, RedirectAttributes redirect) {
        NewTenant tenant = newTenantForm.validate(errors, platformHost);
        if (tenant == null) {
            return FORM;
        }
        TenantId id;
        try {
            id = tenants.createWithAdministrator(tenant, newTenantForm.getAdministratorEmail(),
                    portalUrl(request, tenant.hostname()), PlatformActor.of(who));
        } catch (TenantConflictException e) {
            errors.rejectValue(e.field(), "platform." + e.field() + ".taken");
            return FORM;
        }
        redirect.addFlashAttribute("created", newTenantForm.getAdministratorEmail());
        return "redirect:/plateforme/collectivites/" + id;
    }

    /** The new portal's address, with the scheme and port this console is reached on. */
    static String portalUrl(HttpServletRequest request, String hostname) {
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(request.getScheme()) && port == 80)
                || ("https".equals(request.getScheme()) && port == 443);
        return UriComponentsBuilder.newInstance().scheme(request.getScheme()).host(hostname)
                .port(defaultPort ? -1 : port).build().toUriString();
    }
}
