package org.guichet.identity.internal.oidc;

import java.util.List;
import org.guichet.tenancy.TenantContext;
import org.springframework.stereotype.Component;

/**
 * The sign-in buttons of the request's tenant, for the sign-in page
 * ({@code ${@oidcSignInOptions.current()}}): its enabled providers, citizens' and agents' apart.
 */
@Component("oidcSignInOptions")
public class OidcSignInOptions {

    private final OidcProviderRepository providers;

    OidcSignInOptions(OidcProviderRepository providers) {
        this.providers = providers;
    }

    public Options current() {
        if (TenantContext.current().isEmpty()) {
            return new Options(List.of(), List.of());
        }
        List<OidcProvider> enabled = providers.enabled();
        return new Options(buttons(enabled, OidcProvider.Audience.CITIZEN), buttons(enabled, OidcProvider.Audience.AGENT));
    }

    private static List<Button> buttons(List<OidcProvider> providers, OidcProvider.Audience audience) {
        return providers.stream().filter(p -> p.audience() == audience)
                .map(p -> new Button(p.label(), "/oauth2/authorization/" + p.registrationId())).toList();
    }

    /** The buttons to show, by audience. */
    public record Options(List<Button> citizens, List<Button> agents) {
        public boolean isEmpty() {
            return citizens.isEmpty() && agents.isEmpty();
        }
    }

    /** One provider's button: its label and the path that starts the sign-in. */
    public record Button(String label, String path) {}
}
