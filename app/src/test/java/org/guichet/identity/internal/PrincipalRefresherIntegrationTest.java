package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import javax.sql.DataSource;
import org.guichet.identity.AgentRole;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;

/** Every signed-in request reads the account again: in one statement, with the same outcomes as before. */
class PrincipalRefresherIntegrationTest extends IdentityTestSupport {

    @Autowired DataSource dataSource;

    private final AtomicInteger statements = new AtomicInteger();

    @Test
    void readsTheAccountAndItsRolesInOneStatement() {
        AccountId id = tenants.account(portal, uniqueEmail("agent"), AgentRole.INSTRUCTEUR, AgentRole.SUPERVISEUR);

        refresh(signedIn(id, Authorities.of(List.of(AgentRole.INSTRUCTEUR, AgentRole.SUPERVISEUR))));

        assertThat(statements).hasValue(1);
    }

    @Test
    void keepsThePrincipalWhileNothingChanged() {
        AccountId id = tenants.account(portal, uniqueEmail("same"), AgentRole.INSTRUCTEUR);
        Authentication current = signedIn(id, Authorities.of(List.of(AgentRole.INSTRUCTEUR)));

        assertThat(refresh(current)).containsSame(current);
    }

    @Test
    void givesAFreshPrincipalWhenRolesChanged() {
        AccountId id = tenants.account(portal, uniqueEmail("revoked"), AgentRole.INSTRUCTEUR);
        Authentication asAgent = signedIn(id, Authorities.of(List.of(AgentRole.INSTRUCTEUR, AgentRole.ADMINISTRATEUR)));

        Authentication fresh = refresh(asAgent).orElseThrow();

        assertThat(((AccountUser) fresh.getPrincipal()).roles())
                .containsExactlyElementsOf(Authorities.of(List.of(AgentRole.INSTRUCTEUR)));
    }

    @Test
    void endsTheSignInOfADisabledAccount() {
        AccountId id = tenants.account(portal, uniqueEmail("disabled"));
        asPortal(() -> jdbc.sql("update account set disabled_at = now() where id = ?").param(id.value()).update());

        assertThat(refresh(signedIn(id, Authorities.of(List.of())))).isEmpty();
    }

    private Authentication signedIn(AccountId id, List<String> roles) {
        AccountUser user = new AccountUser(id, portal.id(), "x@exemple.fr", "Prénom Nom", roles);
        return UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
    }

    private Optional<Authentication> refresh(Authentication current) {
        PrincipalRefresher refresher = new PrincipalRefresher(new AccountRepository(JdbcClient.create(counting())));
        return TenantContext.callAs(portal.id(), () -> refresher.refresh(current));
    }

    /** The application's connections, counting the statements prepared on them. */
    private DataSource counting() {
        return new DelegatingDataSource(dataSource) {
            @Override
            public Connection getConnection() throws java.sql.SQLException {
                Connection connection = super.getConnection();
                return (Connection) Proxy.newProxyInstance(getClass().getClassLoader(), new Class<?>[] {Connection.class},
                        (proxy, method, args) -> {
                            if (method.getName().startsWith("prepare") || method.getName().equals("createStatement")) {
                                statements.incrementAndGet();
                            }
                            try {
                                return method.invoke(connection, args);
                            } catch (java.lang.reflect.InvocationTargetException e) {
                                throw e.getCause();
                            }
                        });
            }
        };
    }
}
