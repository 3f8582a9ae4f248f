package org.guichet.instruction;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.AgentRole;
import org.guichet.instruction.internal.decision.Decision;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.guichet.shared.AccountId;
import org.guichet.support.SignIn;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;

/** One tenant with a démarche, an usager with submitted dossiers and an instructeur signed in. */
final class DecisionFixture {

    final TestTenant tenant;
    final String citizenEmail;
    final AccountId citizen;
    final AccountId agent;
    final UUID procedure;
    final Cookie agentSession;
    private final MockMvc mvc;
    private final DossierManagement dossiers;
    private final DecisionRepository decisions;

    DecisionFixture(TestTenants tenants, TestProcedures demarches, MockMvc mvc, DossierManagement dossiers,
            DecisionRepository decisions) {
        this.mvc = mvc;
        this.dossiers = dossiers;
        this.decisions = decisions;
        tenant = tenants.create();
        String unique = UUID.randomUUID().toString().substring(0, 8);
        citizenEmail = "usager-" + unique + "@example.org";
        citizen = tenants.account(tenant, citizenEmail);
        agent = tenants.account(tenant, "agent-" + unique + "@example.org", AgentRole.INSTRUCTEUR);
        procedure = demarches.published(tenant, "creche", "Inscription en crèche");
        agentSession = SignIn.session(mvc, tenant.host(), "agent-" + unique + "@example.org", TestTenants.PASSWORD);
    }

    Dossier submitted() {
        return in(() -> dossiers.submit(dossiers.createDraft(procedure, citizen), citizen));
    }

    Dossier reload(UUID id) {
        return in(() -> dossiers.find(id)).orElseThrow();
    }

    <T> T in(Supplier<T> work) {
        return TenantContext.callAs(tenant.id(), work);
    }

    /** Posts an action on a dossier's page as {@code session}. */
    MockHttpServletResponse act(Cookie session, Dossier d, String action, int version, String motivation) throws Exception {
        return mvc.perform(post("/agent/dossiers/" + d.id() + "/actions").with(SignIn.as(tenant.host(), session)).with(csrf())
                .param("action", action).param("version", String.valueOf(version)).param("motivation", motivation))
                .andReturn().getResponse();
    }

    /** Waits for the standing decision of a dossier to have its letter. */
    Decision awaitLetter(UUID dossier) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            Optional<Decision> d = in(() -> decisions.standing(dossier)).filter(x -> x.documentId() != null);
            if (d.isPresent()) {
                return d.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No decision letter after 20 s");
    }

    String pdfText(DocumentManagement documents, UUID document) {
        return in(() -> {
            try (var open = documents.open(new DocumentId(document)).orElseThrow();
                    PDDocument pdf = Loader.loadPDF(open.content().readAllBytes())) {
                return new PDFTextStripper().getText(pdf);
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
    }
}
