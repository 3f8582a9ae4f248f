package org.guichet.instruction;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.guichet.support.IntegrationTest;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The demo's decided dossiers get their decision letters like any other, generated as the demo loads. */
class DemoDecisionsIntegrationTest extends IntegrationTest {

    @Autowired
    TenantManagement tenantManagement;

    @Autowired
    JdbcClient jdbc;

    @Test
    void everyDemoDossierDecidedByAnAgentHasItsLetter() throws InterruptedException {
        for (String slug : new String[] {"saint-exemple", "val-exemple"}) {
            var tenant = tenantManagement.findBySlug(slug).orElseThrow();
            Instant deadline = Instant.now().plus(Duration.ofSeconds(90));
            List<String> missing;
            do {
                missing = TenantContext.callAs(tenant.id(), () -> jdbc.sql("""
                        select d.reference from dossier d
                        where d.state in ('ACCEPTE', 'REFUSE', 'SANS_SUITE')
                          and exists (select 1 from dossier_event e
                                      where e.dossier_id = d.id and e.to_state = d.state and e.actor_kind = 'AGENT')
                          and not exists (
                            select 1 from dossier_decision x
                            where x.dossier_id = d.id and x.document_id is not null and x.outcome = d.state)""")
                        .query(String.class).list());
                Thread.sleep(200);
            } while (!missing.isEmpty() && Instant.now().isBefore(deadline));
            long decided = TenantContext.callAs(tenant.id(), () -> jdbc.sql(
                    "select count(*) from dossier where state in ('ACCEPTE', 'REFUSE', 'SANS_SUITE')").query(Long.class).single());
            assertThat(decided).as(slug + " decided demo dossiers").isGreaterThanOrEqualTo(3);
            assertThat(missing).as(slug + " decided dossiers without a letter").isEmpty();
        }
    }
}
