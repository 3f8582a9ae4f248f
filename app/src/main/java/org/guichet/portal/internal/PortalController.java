package org.guichet.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.tenancy.CurrentTenant;
import org.springframework.ui.Model;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The tenant's home page and the pages the law requires on every portal. */
@Controller
class PortalController {

    private final ProcedureCatalogue catalogue;

    PortalController(ProcedureCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping("/")
    String home(HttpServletRequest request, Model model) {
        if (CurrentTenant.of(request).isEmpty()) {
            return "redirect:/plateforme";
        }
        model.addAttribute("procedures", catalogue.published());
        return "portal/home";
    }

    @GetMapping("/accessibilite")
    String accessibility() {
        return "portal/accessibility";
    }

    @GetMapping("/mentions-legales")
    String legalNotices() {
        return "portal/legal-notices";
    }

    @GetMapping("/donnees-personnelles")
    String personalData() {
        return "portal/personal-data";
    }
}
