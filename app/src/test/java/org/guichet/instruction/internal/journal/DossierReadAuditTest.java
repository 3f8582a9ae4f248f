package org.guichet.instruction.internal.journal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.DossierConsulted;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.AbstractPlatformTransactionManager;
import org.springframework.transaction.support.DefaultTransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/** Which requests count as an agent reading a dossier. */
class DossierReadAuditTest {

    private static final UUID DOSSIER = UUID.fromString("0b6f0a3e-8a4e-4f57-9c1e-2f2d3c4b5a69");
    private static final TenantId TENANT = new TenantId(UUID.randomUUID());

    private final List<Object> published = new ArrayList<>();
    private final DossierReadAudit audit = new DossierReadAudit(published::add, new TransactionTemplate(new NoDatabase()));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void recordsASuccessfulReadOfADossierPageOrDocument() {
        signInAgent();

        read("GET", "/agent/dossiers/" + DOSSIER, 200);
        read("GET", "/agent/dossiers/" + DOSSIER + "/documents/x.pdf", 200);

        assertThat(published).hasSize(2).first().isInstanceOfSatisfying(DossierConsulted.class, e -> {
            assertThat(e.dossierId()).isEqualTo(DOSSIER);
            assertThat(e.tenantId()).isEqualTo(TENANT);
            assertThat(e.ipAddress()).isEqualTo("198.51.100.4");
        });
    }

    @Test
    void ignoresTheInboxRefusalsChangesAndAnonymousRequests() {
        read("GET", "/agent/dossiers/" + DOSSIER, 200);
        signInAgent();
        read("GET", "/agent/dossiers", 200);
        read("GET", "/agent/dossiers/not-an-id", 200);
        read("GET", "/agent/dossiers/" + DOSSIER, 404);
        read("POST", "/agent/dossiers/" + DOSSIER + "/correction", 302);
        read("GET", "/mes-demarches/" + DOSSIER, 200);

        assertThat(published).isEmpty();
    }

    private void read(String method, String uri, int status) {
        MockHttpServletRequest request = new MockHttpServletRequest(method, uri);
        request.setRemoteAddr("198.51.100.4");
        MockHttpServletResponse response = new MockHttpServletResponse();
        response.setStatus(status);
        TenantContext.runAs(TENANT, () -> audit.afterCompletion(request, response, new Object(), null));
    }

    private static void signInAgent() {
        GuichetPrincipal agent = new GuichetPrincipal() {
            @Override
            public AccountId accountId() {
                return new AccountId(UUID.randomUUID());
            }

            @Override
            public Optional<TenantId> tenantId() {
                return Optional.of(TENANT);
            }

            @Override
            public String email() {
                return "agent@example.org";
            }

            @Override
            public String displayName() {
                return "Agent";
            }
        };
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(agent, null, List.of()));
    }

    /** Runs the callback as if in a transaction: the event registry is not under test here. */
    private static final class NoDatabase extends AbstractPlatformTransactionManager {
        @Override
        protected Object doGetTransaction() {
            return new Object();
        }

        @Override
        protected void doBegin(Object transaction, TransactionDefinition definition) {}

        @Override
        protected void doCommit(DefaultTransactionStatus status) {}

        @Override
        protected void doRollback(DefaultTransactionStatus status) {}
    }
}
