package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Drafts, submission with references, state changes under concurrency, and the timeline. */
class DossierLifecycleIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    org.springframework.jdbc.core.simple.JdbcClient jdbc;

    @Autowired
    ProcedureManagement procedures;

    @Test
    void submissionGivesSequentialReferencesPerTenant() {
        TestTenant t = tenants.create();
        TestTenant other = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId otherUsager = tenants.account(other, "usager@example.org");
        UUID procedure = publishedProcedure(t);
        UUID otherProcedure = publishedProcedure(other);

        String first = in(t, () -> dossiers.submit(dossiers.createDraft(procedure, usager), usager).reference());
        String second = in(t, () -> dossiers.submit(dossiers.createDraft(procedure, usager), usager).reference());
        String elsewhere = in(other, () -> dossiers.submit(dossiers.createDraft(otherProcedure, otherUsager), otherUsager).reference());

        int year = java.time.LocalDate.now(java.time.ZoneId.of("Europe/Paris")).getYear();
        assertThat(first).isEqualTo(year + "-000001");
        assertThat(second).isEqualTo(year + "-000002");
        assertThat(elsewhere).isEqualTo(year + "-000001");
    }

    @Test
    void replayedOrConcurrentSubmissionFilesExactlyOnce() throws Exception {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        UUID procedure = publishedProcedure(t);
        UUID draft = in(t, () -> dossiers.createDraft(procedure, usager));

        Callable<String> submit = () -> in(t, () -> dossiers.submit(draft, usager).reference());
        List<String> references;
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            List<Future<String>> results = pool.invokeAll(List.of(submit, submit, submit, submit));
            references = results.stream().map(f -> {
                try {
                    return f.get();
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }).distinct().toList();
        }

        assertThat(references).hasSize(1);
        assertThat(in(t, () -> dossiers.timeline(draft)).stream().filter(e -> e.kind().equals("submitted"))).hasSize(1);
        assertThat(in(t, () -> dossiers.submit(draft, usager).reference())).isEqualTo(references.getFirst());
    }

    @Test
    void anotherPersonsOrTenantsDossierIsNotFound() {
        TestTenant t = tenants.create();
        TestTenant other = tenants.create();
        AccountId owner = tenants.account(t, "owner@example.org");
        AccountId intruder = tenants.account(t, "intruder@example.org");
        UUID procedure = publishedProcedure(t);
        UUID draft = in(t, () -> dossiers.createDraft(procedure, owner));

        assertThat(in(t, () -> dossiers.findForOwner(draft, intruder))).isEmpty();
        assertThatThrownBy(() -> in(t, () -> dossiers.submit(draft, intruder))).isInstanceOf(DossierNotFoundException.class);
        assertThat(in(other, () -> dossiers.find(draft))).isEmpty();
        assertThat(in(t, () -> dossiers.find(draft))).isPresent();
    }

    @Test
    void twoAgentsDecidingAtOnceOneWinsTheOtherIsTold() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", AgentRole.INSTRUCTEUR);
        UUID procedure = publishedProcedure(t);
        Dossier submitted = in(t, () -> dossiers.submit(dossiers.createDraft(procedure, usager), usager));
        Dossier inInstruction = in(t, () -> dossiers.transition(submitted.id(), DossierState.EN_INSTRUCTION,
                Actor.agent(agent), submitted.version(), null));

        in(t, () -> dossiers.transition(submitted.id(), DossierState.ACCEPTE, Actor.agent(agent), inInstruction.version(), null));

        assertThatThrownBy(() -> in(t, () -> dossiers.transition(submitted.id(), DossierState.REFUSE, Actor.agent(agent),
                inInstruction.version(), "Dossier incomplet")))
                .isInstanceOfSatisfying(DossierConflictException.class,
                        e -> assertThat(e.current()).isEqualTo(DossierState.ACCEPTE));
        assertThat(in(t, () -> dossiers.find(submitted.id())).orElseThrow().state()).isEqualTo(DossierState.ACCEPTE);
    }

    @Test
    void refusalRequiresAMotivationAndChangesNothingWithout() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", AgentRole.INSTRUCTEUR);
        UUID procedure = publishedProcedure(t);
        Dossier d = in(t, () -> dossiers.submit(dossiers.createDraft(procedure, usager), usager));

        assertThatThrownBy(() -> in(t, () -> dossiers.transition(d.id(), DossierState.REFUSE, Actor.agent(agent), d.version(), " ")))
                .isInstanceOf(MotivationRequiredException.class);
        assertThat(in(t, () -> dossiers.find(d.id())).orElseThrow().state()).isEqualTo(DossierState.EN_CONSTRUCTION);

        Dossier refused = in(t, () -> dossiers.transition(d.id(), DossierState.REFUSE, Actor.agent(agent), d.version(),
                "Le quotient familial dépasse le plafond."));
        assertThat(refused.decidedAt()).isNotNull();
        assertThat(in(t, () -> dossiers.timeline(d.id()))).extracting(TimelineEntry::kind)
                .containsExactly("created", "submitted", "state-changed");
    }

    @Test
    void answersCanBeEditedUntilInstructionStarts() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        AccountId agent = tenants.account(t, "agent@example.org", AgentRole.INSTRUCTEUR);
        UUID procedure = publishedProcedure(t);
        UUID id = in(t, () -> dossiers.createDraft(procedure, usager));
        Dossier saved = in(t, () -> dossiers.saveAnswers(id, usager, "{\"nom\":\"Dupont\"}", 0));
        Dossier submitted = in(t, () -> dossiers.submit(id, usager));
        Dossier edited = in(t, () -> dossiers.saveAnswers(id, usager, "{\"nom\":\"Durand\"}", submitted.version()));
        in(t, () -> dossiers.transition(id, DossierState.EN_INSTRUCTION, Actor.agent(agent), edited.version(), null));

        assertThat(saved.answersJson()).contains("Dupont");
        assertThat(in(t, () -> dossiers.revisions(id))).singleElement()
                .satisfies(r -> assertThat(r.answersJson()).contains("Dupont").doesNotContain("Durand"));
        assertThatThrownBy(() -> in(t, () -> dossiers.saveAnswers(id, usager, "{\"nom\":\"Martin\"}", edited.version() + 1)))
                .isInstanceOf(DossierConflictException.class);
        assertThat(in(t, () -> dossiers.find(id)).orElseThrow().answersJson()).contains("Durand");
    }

    @Test
    void everyChangeByTheUsagerIsAudited() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        UUID procedure = publishedProcedure(t);
        UUID id = in(t, () -> dossiers.createDraft(procedure, usager));
        in(t, () -> dossiers.saveAnswers(id, usager, "{}", 0));
        in(t, () -> dossiers.submit(id, usager));

        for (String action : new String[] {"dossier.created", "dossier.answers-saved", "dossier.submitted"}) {
            org.guichet.support.AuditTrail.awaitAction(jdbc, t.id(), action, id.toString());
        }
    }

    @Test
    void dossiersStayOnTheFormVersionTheyWereStartedOn() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        UUID procedure = publishedProcedure(t);
        UUID first = in(t, () -> dossiers.createDraft(procedure, usager));
        TenantContext.runAs(t.id(), () -> procedures.publish(procedure, "test"));
        UUID second = in(t, () -> dossiers.createDraft(procedure, usager));

        assertThat(in(t, () -> dossiers.find(first)).orElseThrow().procedureVersion()).isEqualTo(1);
        assertThat(in(t, () -> dossiers.find(second)).orElseThrow().procedureVersion()).isEqualTo(2);
    }

    @Test
    void closedDemarcheAcceptsNoNewDraft() {
        TestTenant t = tenants.create();
        AccountId usager = tenants.account(t, "usager@example.org");
        UUID procedure = publishedProcedure(t);
        TenantContext.runAs(t.id(), () -> procedures.close(procedure, Optional.empty(), "test"));

        assertThatThrownBy(() -> in(t, () -> dossiers.createDraft(procedure, usager)))
                .isInstanceOf(ProcedureUnavailableException.class);
    }

    private UUID publishedProcedure(TestTenant t) {
        return demarches.published(t, "demarche-" + UUID.randomUUID().toString().substring(0, 8), "Démarche de test");
    }

    private static <T> T in(TestTenant t, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(t.id(), work);
    }
}
