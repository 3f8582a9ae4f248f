package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.concurrent.atomic.AtomicInteger;
import org.aopalliance.intercept.MethodInterceptor;
import org.guichet.support.TestTenants;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.Advised;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * A signed-in request reads its session from PostgreSQL once, also when the response is committed
 * before the request ends (a rendered page, a redirect), which made Spring Session read it twice.
 */
class SessionReadsIntegrationTest extends IdentityTestSupport {

    @Autowired JdbcIndexedSessionRepository sessions;

    private final AtomicInteger reads = new AtomicInteger();
    private final Thread testThread = Thread.currentThread();
    /** Counts the lookups that reach the store, after the memo: each is one SELECT. */
    private final MethodInterceptor counter = call -> {
        if (call.getMethod().getName().equals("findById") && Thread.currentThread() == testThread) {
            reads.incrementAndGet();
        }
        return call.proceed();
    };

    private PortalClient person;

    @BeforeEach
    void signInAndCount() throws Exception {
        String email = uniqueEmail("reads");
        tenants.account(portal, email);
        person = browser();
        person.signIn(email, TestTenants.PASSWORD);
        ((Advised) sessions).addAdvice(counter);
    }

    @AfterEach
    void stopCounting() {
        ((Advised) sessions).removeAdvice(counter);
    }

    @Test
    void aRenderedPageReadsTheSessionOnce() throws Exception {
        person.get("/compte").andExpect(status().isOk());

        assertThat(reads).hasValue(1);
    }

    @Test
    void aRedirectReadsTheSessionOnce() throws Exception {
        person.post("/compte/sessions/fermeture-des-autres").andExpect(status().is3xxRedirection());

        assertThat(reads).hasValue(1);
    }

    @Test
    void anErrorReadsTheSessionOnce() throws Exception {
        person.post("/compte/sessions/" + "A".repeat(22) + "/fermeture").andExpect(status().isNotFound());

        assertThat(reads).hasValue(1);
    }

    @Test
    void signingOutStillEndsTheSession() throws Exception {
        person.post("/deconnexion").andExpect(status().is3xxRedirection());

        assertThat(person.signedIn()).isFalse();
    }
}
