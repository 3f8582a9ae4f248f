package org.guichet.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.guichet.tenancy.CurrentTenant;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The tenant's home page and the pages the law requires on every portal. */
@Controller
class PortalController {

    @GetMapping("/")
    String home(HttpServletRequest request) {
        return CurrentTenant.of(request).isPresent() ? "portal/home" : "redirect:/plateforme";
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
