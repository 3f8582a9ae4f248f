package org.guichet.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Locale;
import org.guichet.shared.PlatformMode;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.util.UriComponentsBuilder;

/** What every page's layout needs: the tenant, and the link to the other language. */
@ControllerAdvice
class LayoutModel {

    private final PlatformMode mode;

    LayoutModel(PlatformMode mode) {
        this.mode = mode;
    }

    @ModelAttribute("demoMode")
    boolean demoMode() {
        return mode.demo();
    }

    @ModelAttribute("tenant")
    Tenant tenant(HttpServletRequest request) {
        return CurrentTenant.of(request).orElse(null);
    }

    @ModelAttribute("otherLanguage")
    String otherLanguage(Locale locale) {
        return "en".equals(locale.getLanguage()) ? "fr" : "en";
    }

    /** The current page in the other language, as a relative link that works without JavaScript. */
    @ModelAttribute("otherLanguageUrl")
    String otherLanguageUrl(HttpServletRequest request, Locale locale) {
        return UriComponentsBuilder.fromPath(request.getRequestURI())
                .query(request.getQueryString())
                .replaceQueryParam("lang", otherLanguage(locale))
                .build()
                .toUriString();
    }
}
