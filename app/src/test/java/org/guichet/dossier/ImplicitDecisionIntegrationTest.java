package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.Mailbox;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantKind;
import org.guichet.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * SVA / SVR (DOMAIN.md rule 5): the date is set at submission in the tenant's zone, and once it has
 * passed the job decides the dossier exactly once and tells the usager. The job is given the
 * instant it runs at, so the tests move time forward without waiting.
 */
class ImplicitDecisionIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    ImplicitDecisions decisions;

    @Autowired
    DossierCorrections corrections;

    @Autowired
    ProcedureManagement procedures;

    @Autowired
    TenantManagement tenantManagement;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theDateIsSetAtSubmissionInTheTenantsZone() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        Dossier d = submit(t, published(t, SilenceRule.SVA), usager);

        ImplicitDecisionDue due = TenantContext.callAs(t.id(), () -> decisions.dueOf(d.id())).orElseThrow();

        assertThat(due.rule()).isEqualTo(SilenceRule.SVA);
        assertThat(due.on()).isEqualTo(d.submittedAt().atZone(ZoneId.of("Europe/Paris")).toLocalDate().plusMonths(2));
    }

    @Test
    void aReceiptLateOn30AprilUtcCountsFrom1MayInParisButFrom30AprilInCayenne() {
        TestTenant paris = tenants.create();
        TestTenant cayenne = tenants.create();
        setZone(cayenne, ZoneId.of("America/Cayenne"));
        Instant receivedAt = Instant.parse("2027-04-30T23:30:00Z");

        assertThat(dateOnReceipt(paris, receivedAt)).isEqualTo(LocalDate.of(2027, 7, 1));
        assertThat(dateOnReceipt(cayenne, receivedAt)).isEqualTo(LocalDate.of(2027, 6, 30));
    }

    @Test
    void svaAcceptsOnlyOnceTheLastDayHasEndedAndMailsTheUsager() {
        TestTenant t = tenants.create();
        String email = "sva-" + UUID.randomUUID() + "@example.org";
        AccountId usager = tenants.account(t, email);
        Dossier d = submit(t, published(t, SilenceRule.SVA), usager);
        LocalDate last = dueOn(t, d);

        assertThat(run(t, endOf(last).minusSeconds(1))).isZero();
        assertThat(state(t, d)).isEqualTo(DossierState.EN_CONSTRUCTION);

        assertThat(run(t, endOf(last))).isEqualTo(1);
        assertThat(state(t, d)).isEqualTo(DossierState.ACCEPTE);
        TimelineEntry decision = TenantContext.callAs(t.id(), () -> dossiers.timeline(d.id())).getLast();
        assertThat(decision.actorKind()).isEqualTo(Actor.Kind.SYSTEM);
        assertThat(decision.reason()).contains("Décision implicite d’acceptation", "L. 231-1");
        assertThat(Mailbox.textOf(Mailbox.await(email, "votre demande est acceptée"))).contains(d.reference(),
                "/mes-demarches/" + d.id());
        assertThat(TenantContext.callAs(t.id(), () -> decisions.dueOf(d.id()))).as("the clock stopped").isEmpty();
    }

    @Test
    void svrRefusesWithAMotivation() {
        TestTenant t = tenants.create();
        String email = "svr-" + UUID.randomUUID() + "@example.org";
        AccountId usager = tenants.account(t, email);
        Dossier d = submit(t, published(t, SilenceRule.SVR), usager);

        assertThat(run(t, endOf(dueOn(t, d)))).isEqualTo(1);

        assertThat(state(t, d)).isEqualTo(DossierState.REFUSE);
        assertThat(TenantContext.callAs(t.id(), () -> dossiers.timeline(d.id())).getLast().reason())
                .contains("Décision implicite de rejet", "L. 232-4");
        assertThat(Mailbox.textOf(Mailbox.await(email, "votre demande est rejetée"))).contains("deux mois");
    }

    @Test
    void aDemarcheWithoutSilenceRuleIsNeverDecided() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        Dossier d = submit(t, published(t, SilenceRule.NONE), usager);

        assertThat(TenantContext.callAs(t.id(), () -> decisions.dueOf(d.id()))).isEmpty();
        assertThat(run(t, Instant.now().plusSeconds(5L * 365 * 86_400))).isZero();
        assertThat(state(t, d)).isEqualTo(DossierState.EN_CONSTRUCTION);
    }

    @Test
    void anExplicitDecisionStopsTheClockEvenAfterReExamination() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", org.guichet.identity.AgentRole.INSTRUCTEUR);
        Dossier d = submit(t, published(t, SilenceRule.SVA), usager);
        LocalDate last = dueOn(t, d);
        TenantContext.runAs(t.id(), () -> {
            Dossier refused = dossiers.transition(d.id(), DossierState.REFUSE, Actor.agent(agent), d.version(), "Incomplet");
            dossiers.transition(d.id(), DossierState.EN_INSTRUCTION, Actor.agent(agent), refused.version(), null);
        });

        assertThat(run(t, endOf(last).plusSeconds(86_400))).isZero();
        assertThat(state(t, d)).isEqualTo(DossierState.EN_INSTRUCTION);
    }

    @Test
    void twoConcurrentRunsDecideOnceAndMailOnce() throws Exception {
        TestTenant t = tenants.create();
        String email = "deux-noeuds-" + UUID.randomUUID() + "@example.org";
        AccountId usager = tenants.account(t, email);
        Dossier d = submit(t, published(t, SilenceRule.SVA), usager);
        Instant after = endOf(dueOn(t, d)).plusSeconds(60);
        CyclicBarrier start = new CyclicBarrier(2);
        Callable<Integer> node = () -> {
            start.await();
            return run(t, after);
        };

        int decided;
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            Future<Integer> a = two.submit(node);
            Future<Integer> b = two.submit(node);
            decided = a.get() + b.get();
        }

        assertThat(decided).isEqualTo(1);
        long acceptances = TenantContext.callAs(t.id(), () -> dossiers.timeline(d.id())).stream()
                .filter(e -> e.to() == DossierState.ACCEPTE).count();
        assertThat(acceptances).isEqualTo(1);
        Mailbox.await(email, "votre demande est acceptée");
        Thread.sleep(1_500);
        assertThat(Mailbox.messagesTo(email).stream().filter(m -> Mailbox.subjectOf(m).contains("acceptée")))
                .hasSize(1);
    }

    @Test
    void aPendingCorrectionStopsTheClock() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", org.guichet.identity.AgentRole.INSTRUCTEUR);
        Dossier d = submit(t, published(t, SilenceRule.SVA), usager);
        LocalDate last = dueOn(t, d);
        requestCorrection(t, d, agent);

        assertThat(run(t, endOf(last).plusSeconds(30L * 86_400))).isZero();
        assertThat(state(t, d)).isEqualTo(DossierState.EN_CONSTRUCTION);
    }

    @Test
    void onRestartTheFullDelayRunsAgainFromCompletion() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", org.guichet.identity.AgentRole.INSTRUCTEUR);
        Dossier d = submit(t, published(t, SilenceRule.SVA), usager);
        // As if received 20 days ago: a restart must not merely keep or shift the old date.
        TenantContext.runAs(t.id(), () -> jdbc.sql("update dossier set implicit_decision_on = implicit_decision_on - 20 where id = ?")
                .param(d.id()).update());
        requestCorrection(t, d, agent);
        pretendRequestedDaysAgo(t, d, 10);

        TenantContext.runAs(t.id(), () -> corrections.complete(d.id(), usager));

        assertThat(dueOn(t, d)).isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2));
    }

    @Test
    void onSuspendTheDaysSpentWaitingAreAddedToTheOldDate() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", org.guichet.identity.AgentRole.INSTRUCTEUR);
        UUID procedure = published(t, SilenceRule.SVR);
        TenantContext.runAs(t.id(), () -> corrections.setClock(procedure, CorrectionClock.SUSPEND, agent, "127.0.0.1"));
        Dossier d = submit(t, procedure, usager);
        LocalDate before = dueOn(t, d);
        requestCorrection(t, d, agent);
        pretendRequestedDaysAgo(t, d, 10);

        TenantContext.runAs(t.id(), () -> corrections.complete(d.id(), usager));

        assertThat(dueOn(t, d)).isEqualTo(before.plusDays(10));
    }

    @Test
    void anAgentResumingTheExaminationEndsThePendingCorrectionAndRestartsTheClock() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", org.guichet.identity.AgentRole.INSTRUCTEUR);
        Dossier d = submit(t, published(t, SilenceRule.SVA), usager);
        requestCorrection(t, d, agent);

        TenantContext.runAs(t.id(), () -> {
            Dossier current = dossiers.find(d.id()).orElseThrow();
            dossiers.transition(d.id(), DossierState.EN_INSTRUCTION, Actor.agent(agent), current.version(), null);
        });

        assertThat(TenantContext.callAs(t.id(), () -> corrections.pending(d.id()))).isEmpty();
        assertThat(dueOn(t, d)).isEqualTo(LocalDate.now(ZoneId.of("Europe/Paris")).plusMonths(2));
        assertThat(TenantContext.callAs(t.id(), () -> dossiers.timeline(d.id())).getLast().kind())
                .isEqualTo("correction-completed");
    }

    @Test
    void onlyTheOwnerCanSayTheCorrectionIsDone() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId other = tenants.account(t, "autre@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", org.guichet.identity.AgentRole.INSTRUCTEUR);
        Dossier d = submit(t, published(t, SilenceRule.SVA), usager);
        requestCorrection(t, d, agent);

        org.assertj.core.api.Assertions.assertThatThrownBy(
                () -> TenantContext.runAs(t.id(), () -> corrections.complete(d.id(), other)))
                .isInstanceOf(DossierNotFoundException.class);
        assertThat(TenantContext.callAs(t.id(), () -> corrections.pending(d.id()))).isPresent();
    }

    private void requestCorrection(TestTenant t, Dossier d, AccountId agent) {
        TenantContext.runAs(t.id(), () -> {
            Dossier current = dossiers.find(d.id()).orElseThrow();
            corrections.request(d.id(), Actor.agent(agent), current.version(), "Il manque une pièce.",
                    java.util.List.of("Justificatif de domicile"), LocalDate.now().plusDays(15), "127.0.0.1");
        });
    }

    /** Arranges a request made {@code days} ago, as if the usager took that long to answer. */
    private void pretendRequestedDaysAgo(TestTenant t, Dossier d, int days) {
        TenantContext.runAs(t.id(), () -> jdbc.sql(
                "update dossier_correction set requested_at = requested_at - make_interval(days => ?) where dossier_id = ?")
                .params(days, d.id()).update());
    }

    private LocalDate dateOnReceipt(TestTenant t, Instant receivedAt) {
        AccountId usager = tenants.account(t, "usager@example.org");
        UUID procedure = published(t, SilenceRule.SVA);
        UUID draft = TenantContext.callAs(t.id(), () -> dossiers.createDraft(procedure, usager));
        // The submission event, as DossierManagement.submit publishes it, at a chosen instant.
        TenantContext.runAs(t.id(), () -> events.publishEvent(
                new DossierSubmitted(t.id(), draft, procedure, "2027-000001", usager.value(), receivedAt)));
        return TenantContext.callAs(t.id(), () -> decisions.dueOf(draft)).orElseThrow().on();
    }

    private void setZone(TestTenant t, ZoneId zone) {
        Tenant tenant = tenantManagement.findById(t.id()).orElseThrow();
        tenantManagement.update(t.id(), tenant.name(), TenantKind.COMMUNE, zone, tenant.primaryColour(), tenant.contact());
    }

    private UUID published(TestTenant t, SilenceRule rule) {
        UUID id = demarches.draft(t, "d-" + UUID.randomUUID().toString().substring(0, 8), "Permis de terrasse",
                Category.ECONOMIE, rule, TestProcedures.completeData());
        TenantContext.runAs(t.id(), () -> procedures.publish(id, "test"));
        return id;
    }

    private Dossier submit(TestTenant t, UUID procedure, AccountId usager) {
        return TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(procedure, usager), usager));
    }

    private LocalDate dueOn(TestTenant t, Dossier d) {
        return TenantContext.callAs(t.id(), () -> decisions.dueOf(d.id())).orElseThrow().on();
    }

    private DossierState state(TestTenant t, Dossier d) {
        return TenantContext.callAs(t.id(), () -> dossiers.find(d.id())).orElseThrow().state();
    }

    /** 00:00 in Paris on the day after {@code last}: the first instant the decision exists. */
    private static Instant endOf(LocalDate last) {
        return last.plusDays(1).atStartOfDay(ZoneId.of("Europe/Paris")).toInstant();
    }

    private int run(TestTenant t, Instant now) {
        return decisions.runFor(tenantManagement.findById(t.id()).orElseThrow(), now);
    }
}
