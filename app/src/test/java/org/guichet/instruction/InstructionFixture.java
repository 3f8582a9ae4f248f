package org.guichet.instruction;

import jakarta.servlet.http.Cookie;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.support.SignIn;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

/**
 * One tenant with a published démarche, a submitted dossier and a draft of its citizen, and one
 * person of each kind (plus another tenant's instructeur), with unique addresses so that mail
 * checks do not see other tests' mail. Sessions are opened on first use.
 */
final class InstructionFixture {

    final TestTenant tenant;
    final TestTenant otherTenant;
    final String suffix = UUID.randomUUID().toString().substring(0, 8);
    final AccountId citizen;
    final AccountId instructeur;
    final AccountId admin;
    final UUID procedure;
    final Dossier dossier;
    final UUID draft;
    final UUID neighboursDossier;

    private final MockMvc mvc;
    private final JdbcClient jdbc;
    private final Map<String, Cookie> sessions = new HashMap<>();

    InstructionFixture(TestTenants tenants, TestProcedures demarches, DossierManagement dossiers, MockMvc mvc, JdbcClient jdbc) {
        this.mvc = mvc;
        this.jdbc = jdbc;
        tenant = tenants.create();
        otherTenant = tenants.create();
        citizen = tenants.account(tenant, email("citoyen"));
        AccountId neighbour = tenants.account(tenant, email("voisin"));
        instructeur = tenants.account(tenant, email("instructeur"), AgentRole.INSTRUCTEUR);
        tenants.account(tenant, email("collegue"), AgentRole.INSTRUCTEUR);
        admin = tenants.account(tenant, email("admin"), AgentRole.ADMINISTRATEUR);
        tenants.account(tenant, email("superviseur"), AgentRole.SUPERVISEUR);
        tenants.account(otherTenant, email("ailleurs"), AgentRole.INSTRUCTEUR, AgentRole.ADMINISTRATEUR);
        procedure = demarches.published(tenant, "creche", "Inscription en crèche");
        dossier = TenantContext.callAs(tenant.id(), () -> dossiers.submit(dossiers.createDraft(procedure, citizen), citizen));
        draft = TenantContext.callAs(tenant.id(), () -> dossiers.createDraft(procedure, citizen));
        neighboursDossier = TenantContext.callAs(tenant.id(),
                () -> dossiers.submit(dossiers.createDraft(procedure, neighbour), neighbour).id());
    }

    String email(String who) {
        return who + "-" + suffix + "@example.org";
    }

    /** The session of {@code who} (citoyen, voisin, instructeur, collegue, admin, superviseur) on the tenant's host. */
    Cookie session(String who) {
        return sessions.computeIfAbsent(who, w -> SignIn.session(mvc, tenant.host(), email(w), TestTenants.PASSWORD));
    }

    /** Another tenant's instructeur and administrator, signed in on their own host. */
    Cookie otherTenantAgent() {
        return sessions.computeIfAbsent("ailleurs", w -> SignIn.session(mvc, otherTenant.host(), email(w), TestTenants.PASSWORD));
    }

    long count(String table) {
        return TenantContext.callAs(tenant.id(), () -> jdbc.sql("select count(*) from " + table).query(Long.class).single());
    }
}
