package org.guichet.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.stream.Collectors;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.identity.AccountManagement;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureForms;
import org.guichet.support.IntegrationTest;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The embedded default starts with the demo of DOMAIN.md: two tenants, their démarches with forms, dossiers in every state. */
class DemoDataIntegrationTest extends IntegrationTest {

    @Autowired
    TenantManagement tenantManagement;

    @Autowired
    ProcedureCatalogue catalogue;

    @Autowired
    ProcedureForms forms;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    AccountManagement accounts;

    @Test
    void bothDemoTenantsPublishDemarchesWithFormsAndTheCitizenHasADossierInEveryState() {
        for (String slug : new String[] {"saint-exemple", "val-exemple"}) {
            var tenant = tenantManagement.findBySlug(slug).orElseThrow();
            TenantContext.runAs(tenant.id(), () -> {
                var published = catalogue.published();
                assertThat(published).hasSizeGreaterThanOrEqualTo(3);
                published.forEach(p -> assertThat(forms.currentVersion(p.id())).as(p.slug()).isPresent());
                assertThat(published).filteredOn(p -> !p.loginRequired()).extracting(p -> p.slug())
                        .as("the street report can be filed without an account").containsExactly("signalement-voirie");
                var citizen = accounts.ensureVerifiedAccount("camille.dupont@example.org", "", "", "unused password here");
                Set<DossierState> states = dossiers.listForOwner(citizen).stream().map(d -> d.state())
                        .collect(Collectors.toSet());
                assertThat(states).containsAll(Set.of(DossierState.values()));
            });
        }
    }
}
