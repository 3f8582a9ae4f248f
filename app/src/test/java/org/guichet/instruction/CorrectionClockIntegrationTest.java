package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.UUID;
import org.guichet.dossier.CorrectionClock;
import org.guichet.dossier.DossierCorrections;
import org.guichet.identity.AgentRole;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Administrators choose, per démarche, whether the clock restarts or resumes after a correction (rule 4). */
class CorrectionClockIntegrationTest extends IntegrationTest {

    @Autowired
    DossierCorrections corrections;

    @Autowired
    JdbcClient jdbc;

    @Test
    void restartsByDefaultAndAnAdministratorChangesItWithATrace() throws Exception {
        TestTenant t = tenants.create();
        tenants.account(t, "admin@example.org", AgentRole.ADMINISTRATEUR);
        UUID procedure = demarches.published(t, "creche", "Inscription en crèche");
        Cookie admin = SignIn.session(mvc, t.host(), "admin@example.org", TestTenants.PASSWORD);
        String page = "/agent/administration/demarches/" + procedure + "/delais";
        assertThat(TenantContext.callAs(t.id(), () -> corrections.clockOf(procedure))).isEqualTo(CorrectionClock.RESTART);

        mvc.perform(get(page).with(SignIn.as(t.host(), admin))).andExpect(status().isOk())
                .andExpect(content().string(containsString("recommence en entier")));
        mvc.perform(post(page).with(SignIn.as(t.host(), admin)).with(csrf()).param("clock", "TOMORROW"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez comment le délai reprend")));
        mvc.perform(post(page).with(SignIn.as(t.host(), admin)).with(csrf()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Choisissez comment le délai reprend")));
        assertThat(TenantContext.callAs(t.id(), () -> corrections.clockOf(procedure))).isEqualTo(CorrectionClock.RESTART);

        mvc.perform(post(page).with(SignIn.as(t.host(), admin)).with(csrf()).param("clock", "SUSPEND"))
                .andExpect(status().is3xxRedirection());

        assertThat(TenantContext.callAs(t.id(), () -> corrections.clockOf(procedure))).isEqualTo(CorrectionClock.SUSPEND);
        AuditTrail.awaitAction(jdbc, t.id(), "procedure.correction-clock.suspend", procedure.toString());
    }

    @Test
    void anotherTenantsDemarcheIsNotFound() throws Exception {
        TestTenant t = tenants.create();
        TestTenant other = tenants.create();
        tenants.account(t, "admin@example.org", AgentRole.ADMINISTRATEUR);
        UUID theirs = demarches.published(other, "creche", "Inscription en crèche");
        Cookie admin = SignIn.session(mvc, t.host(), "admin@example.org", TestTenants.PASSWORD);

        mvc.perform(get("/agent/administration/demarches/" + theirs + "/delais").with(SignIn.as(t.host(), admin)))
                .andExpect(status().isNotFound());
        mvc.perform(post("/agent/administration/demarches/" + theirs + "/delais").with(SignIn.as(t.host(), admin))
                .with(csrf()).param("clock", "SUSPEND")).andExpect(status().isNotFound());
        assertThat(TenantContext.callAs(other.id(), () -> corrections.clockOf(theirs))).isEqualTo(CorrectionClock.RESTART);
    }
}
