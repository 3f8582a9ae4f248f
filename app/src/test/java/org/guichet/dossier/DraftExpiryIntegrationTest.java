package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.UUID;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestServers;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Untouched drafts are deleted after 3 months, never without a warning 14 days before. */
class DraftExpiryIntegrationTest extends IntegrationTest {

    @Autowired
    DraftExpiry expiry;

    @Autowired
    DossierManagement dossiers;

    @Autowired
    org.guichet.tenancy.TenantManagement tenantManagement;


    @Test
    void warnsFourteenDaysBeforeThenDeletesTheUntouchedDraft() throws Exception {
        TestTenant t = tenants.create();
        String email = "brouillon-" + UUID.randomUUID() + "@example.org";
        AccountId owner = tenants.account(t, email);
        UUID draft = TenantContext.callAs(t.id(), () -> dossiers.createDraft(published(t), owner));
        Instant created = Instant.now();

        expire(t, created.plus(Duration.ofDays(80)));

        MimeMessage warning = awaitMailTo(email);
        assertThat(warning.getSubject()).contains("sera supprimé dans 14 jours");
        assertThat(GreenMailUtil.getBody(warning)).contains("/mes-demarches");
        assertThat(exists(t, draft)).isTrue();

        expire(t, created.plus(Duration.ofDays(93)));
        assertThat(exists(t, draft)).as("warned only 13 days before").isTrue();

        expire(t, created.plus(Duration.ofDays(95)));
        assertThat(exists(t, draft)).isFalse();
    }

    @Test
    void editingADraftAfterTheWarningKeepsIt() {
        TestTenant t = tenants.create();
        AccountId owner = tenants.account(t, "actif-" + UUID.randomUUID() + "@example.org");
        UUID draft = TenantContext.callAs(t.id(), () -> dossiers.createDraft(published(t), owner));
        Instant created = Instant.now();
        expire(t, created.plus(Duration.ofDays(80)));

        TenantContext.runAs(t.id(), () -> dossiers.saveAnswers(draft, owner, "{\"nom\":\"Dupont\"}", 0));
        expire(t, created.plus(Duration.ofDays(95)));

        assertThat(exists(t, draft)).isTrue();
    }

    @Test
    void submittedDossiersNeverExpireAsDrafts() {
        TestTenant t = tenants.create();
        AccountId owner = tenants.account(t, "soumis-" + UUID.randomUUID() + "@example.org");
        UUID id = TenantContext.callAs(t.id(), () -> dossiers.submit(dossiers.createDraft(published(t), owner), owner).id());

        expire(t, Instant.now().plus(Duration.ofDays(80)));
        expire(t, Instant.now().plus(Duration.ofDays(200)));

        assertThat(exists(t, id)).isTrue();
    }

    private UUID published(TestTenant t) {
        return demarches.published(t, "d-" + UUID.randomUUID().toString().substring(0, 8), "Inscription en crèche");
    }

    /** Runs the job for the test's tenant only, so that other tests' drafts are left alone. */
    private void expire(TestTenant t, Instant now) {
        expiry.runFor(tenantManagement.findById(t.id()).orElseThrow(), now);
    }

    private boolean exists(TestTenant t, UUID id) {
        return TenantContext.callAs(t.id(), () -> dossiers.find(id)).isPresent();
    }

    private static MimeMessage awaitMailTo(String email) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            for (MimeMessage m : TestServers.MAIL.getReceivedMessages()) {
                if (Arrays.stream(m.getAllRecipients()).anyMatch(a -> a.toString().equals(email))) {
                    return m;
                }
            }
            Thread.sleep(100);
        }
        throw new AssertionError("No email to " + email);
    }
}
