package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.guichet.support.TestTenants;
import org.junit.jupiter.api.Test;

/**
 * Many people signing in at once, more than there are cores: Argon2id hashes take turns, and every
 * sign-in still gets its own answer.
 */
class ConcurrentSignInIntegrationTest extends IdentityTestSupport {

    @Test
    void moreSignInsAtOnceThanCoresAllGetTheirAnswer() throws Exception {
        int people = Math.max(8, 4 * Runtime.getRuntime().availableProcessors());
        List<Callable<Boolean>> signIns = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            String email = uniqueEmail("foule-" + i);
            tenants.account(portal, email);
            boolean rightPassword = i % 3 != 0;
            signIns.add(() -> {
                PortalClient browser = browser();
                String next = browser.signIn(email, rightPassword ? TestTenants.PASSWORD : "pas le bon mot de passe");
                return rightPassword
                        ? "/".equals(next) && browser.signedIn()
                        : "/connexion?erreur=identifiants".equals(next) && !browser.signedIn();
            });
        }

        List<Future<Boolean>> answers;
        try (ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            answers = threads.invokeAll(signIns, 2, TimeUnit.MINUTES);
        }

        for (Future<Boolean> answer : answers) {
            assertThat(answer.isCancelled()).as("a sign-in still waiting after two minutes").isFalse();
            assertThat(answer.get()).isTrue();
        }
    }
}
