package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierCorrections;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.ImplicitDecisions;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockServletContext;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.WebContext;
import org.thymeleaf.spring6.expression.ThymeleafEvaluationContext;
import org.thymeleaf.web.servlet.JakartaServletWebApplication;

/**
 * The deadline box of the agent's dossier page (the page itself belongs to the dossier page's
 * feature, which includes this fragment): the implicit decision date, or the stopped clock while a
 * correction is pending, and the way to ask for one.
 */
class DossierDeadlineFragmentIntegrationTest extends IntegrationTest {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    ITemplateEngine templates;

    @Autowired
    ApplicationContext context;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DossierCorrections corrections;

    @Autowired
    ImplicitDecisions decisions;

    @Autowired
    ProcedureManagement procedures;

    @Test
    void showsTheDateSilenceDecidesAndTheWayToAskForACorrection() {
        TestTenant t = tenants.create();
        Dossier d = submit(t, SilenceRule.SVA);
        LocalDate due = TenantContext.callAs(t.id(), () -> decisions.dueOf(d.id())).orElseThrow().on();

        String html = render(t, d);

        assertThat(html).contains("Acceptée implicitement à la fin du " + DAY.format(due))
                .contains("/agent/dossiers/" + d.id() + "/correction");
    }

    @Test
    void whileACorrectionIsPendingShowsTheStoppedClockAndNoSecondRequest() {
        TestTenant t = tenants.create();
        AccountId agent = tenants.account(t, "agent@example.org", AgentRole.INSTRUCTEUR);
        Dossier d = submit(t, SilenceRule.SVR);
        LocalDate due = TenantContext.callAs(t.id(), () -> decisions.dueOf(d.id())).orElseThrow().on();
        LocalDate answerBy = LocalDate.now().plusDays(10);
        Dossier asked = TenantContext.callAs(t.id(), () -> corrections.request(d.id(), Actor.agent(agent), d.version(),
                "Pièce illisible", List.of("Justificatif"), answerBy, null));

        String html = render(t, asked);

        long daysLeft = java.time.temporal.ChronoUnit.DAYS.between(LocalDate.now(java.time.ZoneId.of("Europe/Paris")), due);
        assertThat(html).contains("Correction demandée, attendue avant le " + DAY.format(answerBy))
                .contains("— " + daysLeft + " jour(s) restant(s)")
                .doesNotContain("/correction\"")
                .doesNotContain("implicitement");
    }

    @Test
    void saysWhenSilenceDecidesNothing() {
        TestTenant t = tenants.create();
        Dossier d = submit(t, SilenceRule.NONE);

        assertThat(render(t, d)).contains("Pas de décision implicite pour cette démarche.");
    }

    private String render(TestTenant t, Dossier dossier) {
        var exchange = JakartaServletWebApplication.buildApplication(new MockServletContext())
                .buildExchange(new MockHttpServletRequest(), new MockHttpServletResponse());
        WebContext page = new WebContext(exchange, Locale.FRENCH);
        page.setVariable(ThymeleafEvaluationContext.THYMELEAF_EVALUATION_CONTEXT_CONTEXT_VARIABLE_NAME,
                new ThymeleafEvaluationContext(context, null));
        page.setVariable("dossier", dossier);
        return TenantContext.callAs(t.id(), () -> templates.process("instruction/dossier-deadline", Set.of("deadline"), page));
    }

    private Dossier submit(TestTenant t, SilenceRule rule) {
        AccountId usager = tenants.account(t, "usager@example.org");
        UUID procedure = demarches.draft(t, "d-" + UUID.randomUUID().toString().substring(0, 8), "Permis de terrasse",
                Category.ECONOMIE, rule, TestProcedures.completeData());
        TenantContext.runAs(t.id(), () -> procedures.publish(procedure, "test"));
        return TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, usager), usager));
    }
}
