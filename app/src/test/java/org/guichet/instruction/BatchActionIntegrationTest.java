package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.MvcResult;

/** Batch actions from the inbox: all selected dossiers change, or none does and the agent is told which and why. */
class BatchActionIntegrationTest extends IntegrationTest {

    @Autowired
    DossierManagement dossiers;

    @Autowired
    DecisionRepository decisions;

    @Test
    void allSelectedDossiersAreDecidedAndEachGetsItsLetter() throws Exception {
        DecisionFixture f = fixture();
        List<Dossier> selected = List.of(f.submitted(), f.submitted(), f.submitted());

        MvcResult done = batch(f, ids(selected), "refuser", "Les places sont toutes attribuées.",
                "http://" + f.tenant.host() + "/agent/dossiers?etat=en_instruction&page=2");

        assertThat(done.getResponse().getRedirectedUrl()).isEqualTo("/agent/dossiers?etat=en_instruction&page=2");
        assertThat(done.getFlashMap().get("batchDone")).isEqualTo(
                "Dossiers refusés : 3. Chaque usager reçoit son courrier de décision.");
        for (Dossier d : selected) {
            assertThat(f.reload(d.id()).state()).isEqualTo(DossierState.REFUSE);
            assertThat(f.awaitLetter(d.id()).motivation()).isEqualTo("Les places sont toutes attribuées.");
        }
    }

    @Test
    void aBatchMixingADossierOutOfReachOrInTheWrongStateChangesNothingAndSaysWhich() throws Exception {
        DecisionFixture f = fixture();
        Dossier first = f.submitted();
        Dossier second = f.submitted();
        Dossier accepted = f.submitted();
        f.act(f.agentSession, accepted, "accepter", accepted.version(), "");
        DecisionFixture other = fixture();
        Dossier elsewhere = other.submitted();
        String forged = UUID.randomUUID().toString();

        MvcResult refused = batch(f, List.of(first.id().toString(), elsewhere.id().toString(), second.id().toString(),
                accepted.id().toString(), forged, "pas-un-identifiant"), "instruire", "", null);

        assertThat(refused.getResponse().getRedirectedUrl()).isEqualTo("/agent/dossiers");
        assertThat(refused.getFlashMap().get("batchDone")).isNull();
        @SuppressWarnings("unchecked")
        List<String> problems = (List<String>) refused.getFlashMap().get("batchProblems");
        assertThat(problems).containsExactly(
                "Le dossier pas-un-identifiant est introuvable ou ne relève pas de vos démarches : retirez-le de la sélection.");
        MvcResult refusedAgain = batch(f, List.of(first.id().toString(), elsewhere.id().toString(), second.id().toString(),
                accepted.id().toString(), forged), "instruire", "", null);
        @SuppressWarnings("unchecked")
        List<String> why = (List<String>) refusedAgain.getFlashMap().get("batchProblems");
        assertThat(why).containsExactly(
                "Le dossier " + elsewhere.id() + " est introuvable ou ne relève pas de vos démarches : retirez-le de la sélection.",
                "Le dossier " + accepted.reference() + " est « Accepté » : l’action « Passer en instruction » ne s’y applique pas. Retirez-le de la sélection.",
                "Le dossier " + forged + " est introuvable ou ne relève pas de vos démarches : retirez-le de la sélection.");
        assertThat(f.reload(first.id()).state()).isEqualTo(DossierState.EN_CONSTRUCTION);
        assertThat(f.reload(second.id()).state()).isEqualTo(DossierState.EN_CONSTRUCTION);
        assertThat(other.reload(elsewhere.id()).state()).isEqualTo(DossierState.EN_CONSTRUCTION);
    }

    @Test
    void moreThanFiveHundredDossiersOrNoneOrARefusalWithoutMotivationAreRefused() throws Exception {
        DecisionFixture f = fixture();
        Dossier d = f.submitted();
        List<String> tooMany = IntStream.range(0, 500).mapToObj(i -> UUID.randomUUID().toString())
                .collect(java.util.stream.Collectors.toCollection(java.util.ArrayList::new));
        tooMany.add(d.id().toString());

        assertThat(problems(batch(f, tooMany, "instruire", "", null))).singleElement().asString()
                .contains("501 dossiers").contains("500 dossiers au plus");
        assertThat(problems(batch(f, List.of(), "instruire", "", null))).containsExactly("Sélectionnez au moins un dossier.");
        assertThat(problems(batch(f, ids(List.of(d)), "refuser", " ", null))).singleElement().asString()
                .startsWith("Écrivez la motivation du refus");
        assertThat(problems(batch(f, ids(List.of(d)), "reexaminer", "", null))).singleElement().asString()
                .startsWith("Choisissez l’action");
        assertThat(f.reload(d.id()).state()).isEqualTo(DossierState.EN_CONSTRUCTION);
    }

    @Test
    void twoBatchesOverTheSameDossiersInOppositeOrdersOneWinsTheOtherChangesNothing() throws Exception {
        DecisionFixture f = fixture();
        List<String> ids = IntStream.range(0, 20).mapToObj(i -> f.submitted().id().toString()).toList();
        List<String> reversed = new java.util.ArrayList<>(ids);
        java.util.Collections.reverse(reversed);

        // Another agent's session: one session's flash attributes cannot be written by two requests at once.
        String colleague = "collegue-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org";
        tenants.account(f.tenant, colleague, org.guichet.identity.AgentRole.INSTRUCTEUR);
        var colleagueSession = SignIn.session(mvc, f.tenant.host(), colleague, org.guichet.support.TestTenants.PASSWORD);

        List<MvcResult> results;
        try (var pool = java.util.concurrent.Executors.newFixedThreadPool(2)) {
            var first = pool.submit(() -> batch(f, f.agentSession, ids, "instruire", "", null));
            var second = pool.submit(() -> batch(f, colleagueSession, reversed, "instruire", "", null));
            results = List.of(first.get(), second.get());
        }

        assertThat(results).filteredOn(r -> r.getFlashMap().get("batchDone") != null).hasSize(1);
        assertThat(results).filteredOn(r -> r.getFlashMap().get("batchProblems") != null).singleElement()
                .satisfies(r -> assertThat(problems(r)).hasSize(20).allSatisfy(p -> assertThat(p).contains("En cours d’instruction")));
        for (String id : ids) {
            assertThat(f.in(() -> dossiers.timeline(UUID.fromString(id)))).filteredOn(e -> e.to() == DossierState.EN_INSTRUCTION)
                    .hasSize(1);
        }
    }

    private DecisionFixture fixture() {
        return new DecisionFixture(tenants, demarches, mvc, dossiers, decisions);
    }

    private static List<String> ids(List<Dossier> dossiers) {
        return dossiers.stream().map(d -> d.id().toString()).toList();
    }

    @SuppressWarnings("unchecked")
    private static List<String> problems(MvcResult result) {
        return (List<String>) result.getFlashMap().get("batchProblems");
    }

    private MvcResult batch(DecisionFixture f, List<String> ids, String action, String motivation, String referer)
            throws Exception {
        return batch(f, f.agentSession, ids, action, motivation, referer);
    }

    private MvcResult batch(DecisionFixture f, jakarta.servlet.http.Cookie session, List<String> ids, String action,
            String motivation, String referer) throws Exception {
        TestTenant t = f.tenant;
        var request = post("/agent/dossiers/lot").with(SignIn.as(t.host(), session)).with(csrf())
                .param("action", action).param("motivation", motivation);
        ids.forEach(id -> request.param("dossier", id));
        if (referer != null) {
            request.header("Referer", referer);
        }
        return mvc.perform(request).andReturn();
    }
}
