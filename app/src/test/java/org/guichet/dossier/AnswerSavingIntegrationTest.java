package org.guichet.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guichet.dossier.internal.DossierRepository;
import org.guichet.procedure.Category;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.SilenceRule;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestProcedures;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

/** Saving answers reads the dossier row once, locking it, and returns it as the update left it. */
class AnswerSavingIntegrationTest extends IntegrationTest {

    private static final String FORM = """
            {"schemaVersion": 1, "pages": [{"id": "vous", "title": "Vous", "fields": [
              {"id": "nom", "type": "short_text", "label": "Nom", "required": true, "maxLength": 50}]}]}""";

    @Autowired DossierManagement dossiers;
    @Autowired DossierRepository repository;
    @Autowired ProcedureCatalogue catalogue;
    @Autowired ProcedureManagement procedures;
    @Autowired ProcedureForms forms;
    @Autowired TenantManagement tenantManagement;
    @Autowired ApplicationEventPublisher events;
    @Autowired Clock clock;
    @Autowired TransactionTemplate transactions;

    private final List<String> reads = new ArrayList<>();
    TestTenant tenant;
    AccountId usager;
    UUID draft;

    @BeforeEach
    void aDraft() {
        tenant = tenants.create();
        usager = tenants.account(tenant, "usager@example.org");
        UUID procedure = demarches.draft(tenant, "simple", "Démarche simple", Category.FAMILLE, SilenceRule.SVR,
                TestProcedures.completeData());
        draft = TenantContext.callAs(tenant.id(), () -> {
            forms.saveDraft(procedure, TestProcedures.form(FORM));
            procedures.publish(procedure, "test");
            return dossiers.createDraft(procedure, usager);
        });
    }

    @Test
    void theOwnersSaveReadsTheRowOnce() {
        Dossier saved = save(() -> counted().saveAnswers(draft, usager, "{\"nom\": \"Dupont\"}", 0));

        assertThat(reads).containsExactly("lock");
        assertThat(saved.version()).isEqualTo(1);
        assertThat(saved.answersJson()).contains("Dupont");
        assertThat(saved).isEqualTo(TenantContext.callAs(tenant.id(), () -> dossiers.find(draft)).orElseThrow());
    }

    @Test
    void aSaveOnSomeonesBehalfReadsTheRowOnce() {
        Dossier saved = save(() -> counted().saveAnswers(draft, Actor.usager(usager), "{\"nom\": \"Martin\"}", 0));

        assertThat(reads).containsExactly("lock");
        assertThat(saved).isEqualTo(TenantContext.callAs(tenant.id(), () -> dossiers.find(draft)).orElseThrow());
    }

    private Dossier save(java.util.function.Supplier<Dossier> work) {
        return TenantContext.callAs(tenant.id(), () -> transactions.execute(status -> work.get()));
    }

    /** The real service over the real repository, noting each read of a dossier row. */
    private DossierManagement counted() {
        ProxyFactory proxy = new ProxyFactory(repository);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((org.aopalliance.intercept.MethodInterceptor) call -> {
            if (List.of("lock", "find").contains(call.getMethod().getName())) {
                reads.add(call.getMethod().getName());
            }
            return call.proceed();
        });
        return new DossierManagement((DossierRepository) proxy.getProxy(), catalogue, forms, tenantManagement, events,
                clock);
    }
}
