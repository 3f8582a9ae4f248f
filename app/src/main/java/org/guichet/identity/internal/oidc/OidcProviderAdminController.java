package org.guichet.identity.internal.oidc;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.identity.IdentityEvent;
import org.guichet.shared.PlatformMode;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * The tenant administrator's list of identity providers: add, change, disable, enable. The client
 * secret is never shown back. Providers are never deleted, as accounts stay linked to them. Every
 * change is audited; another tenant's provider (row-level security) or a malformed id is a 404.
 */
@Controller
@RequestMapping(OidcProviderAdminController.BASE)
@PreAuthorize("hasRole('ADMINISTRATEUR')")
class OidcProviderAdminController {

    static final String BASE = "/agent/administration/fournisseurs-identite";

    private final OidcProviderRepository providers;
    private final DiscoveryCache discovery;
    private final ApplicationEventPublisher events;
    private final PlatformMode mode;

    OidcProviderAdminController(OidcProviderRepository providers, DiscoveryCache discovery,
            ApplicationEventPublisher events, PlatformMode mode) {
        this.providers = providers;
        this.discovery = discovery;
        this.events = events;
        this.mode = mode;
    }

    @GetMapping
    String list(Model model) {
        model.addAttribute("providers", providers.all());
        return "identity/oidc-providers";
    }

    @GetMapping("/nouveau")
    String newProvider(Model model) {
        return form(model, ProviderForm.blank(), null, Map.of());
    }

    @PostMapping("/nouveau")
    @Transactional
    String create(@ModelAttribute ProviderForm form, Model model, @AuthenticationPrincipal GuichetPrincipal admin,
            HttpServletRequest request) {
        Map<String, String> errors = new LinkedHashMap<>(form.errors(true, mode.production()));
        if (!errors.containsKey("registrationId") && providers.registrationIdTaken(form.registrationId())) {
            errors.put("registrationId", "oidc.admin.error.registrationIdTaken");
        }
        if (errors.isEmpty() && providers.insert(form.toProvider(null)).isEmpty()) {
            errors.put("registrationId", "oidc.admin.error.registrationIdTaken");
        }
        if (!errors.isEmpty()) {
            return form(model, form, null, errors);
        }
        audit(admin, "identity.oidc-provider.created", form.registrationId(), request);
        return "redirect:" + BASE + "?enregistre";
    }

    @GetMapping("/{id}")
    String edit(@PathVariable String id, Model model) {
        OidcProvider provider = find(id);
        return form(model, ProviderForm.of(provider), provider, Map.of());
    }

    @PostMapping("/{id}")
    @Transactional
    String update(@PathVariable String id, @ModelAttribute ProviderForm form, Model model,
            @AuthenticationPrincipal GuichetPrincipal admin, HttpServletRequest request) {
        OidcProvider existing = find(id);
        Map<String, String> errors = form.errors(false, mode.production());
        if (!errors.isEmpty()) {
            return form(model, form, existing, errors);
        }
        providers.update(form.toProvider(existing));
        discovery.evict(TenantContext.require(), existing.registrationId());
        audit(admin, "identity.oidc-provider.updated", existing.registrationId(), request);
        return "redirect:" + BASE + "?enregistre";
    }

    @PostMapping("/{id}/desactivation")
    @Transactional
    String disable(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal admin, HttpServletRequest request) {
        return setEnabled(find(id), false, admin, request);
    }

    @PostMapping("/{id}/activation")
    @Transactional
    String enable(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal admin, HttpServletRequest request) {
        return setEnabled(find(id), true, admin, request);
    }

    private String setEnabled(OidcProvider provider, boolean enabled, GuichetPrincipal admin, HttpServletRequest request) {
        if (provider.enabled() != enabled) {
            providers.setEnabled(provider.id(), enabled);
            audit(admin, enabled ? "identity.oidc-provider.enabled" : "identity.oidc-provider.disabled",
                    provider.registrationId(), request);
        }
        return "redirect:" + BASE + "?enregistre";
    }

    private String form(Model model, ProviderForm form, OidcProvider existing, Map<String, String> errors) {
        model.addAttribute("form", form);
        model.addAttribute("existing", existing);
        model.addAttribute("errors", errors);
        model.addAttribute("audiences", List.of("CITIZEN", "AGENT"));
        model.addAttribute("algorithms", List.of("RS256", "ES256", "PS256"));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().toUriString();
        model.addAttribute("callbackBase", base + "/login/oauth2/code/");
        model.addAttribute("signedOutUri", base + OidcLogoutSuccessHandler.SIGNED_OUT_PATH);
        return "identity/oidc-provider-form";
    }

    private OidcProvider find(String id) {
        return parse(id).flatMap(providers::findById)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private void audit(GuichetPrincipal admin, String action, String registrationId, HttpServletRequest request) {
        events.publishEvent(new IdentityEvent(TenantContext.require(), admin.accountId().toString(), action,
                registrationId, request.getRemoteAddr()));
    }
}
