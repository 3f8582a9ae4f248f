package org.guichet.demo;

import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureDetails;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.shared.AccountId;
import org.guichet.shared.PlatformMode;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.ServiceUnitManagement;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Loads the demo tenants, services and accounts when demo mode is on (the default outside
 * production), then prints where to go and how to sign in. Re-running it adds only what is missing.
 */
@Component
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final PlatformMode mode;
    private final TenantManagement tenants;
    private final ServiceUnitManagement services;
    private final AccountManagement accounts;
    private final ProcedureCatalogue catalogue;
    private final ProcedureManagement procedures;
    private final ProcedureForms forms;
    private final DemoDossiers demoDossiers;
    private final DemoInbox demoInbox;
    private final DemoInstruction demoInstruction;
    private final ApplicationContext context;

    DemoDataLoader(PlatformMode mode, TenantManagement tenants, ServiceUnitManagement services,
            AccountManagement accounts, ProcedureCatalogue catalogue, ProcedureManagement procedures,
            ProcedureForms forms, DemoDossiers demoDossiers, DemoInbox demoInbox, DemoInstruction demoInstruction,
            ApplicationContext context) {
        this.forms = forms;
        this.demoDossiers = demoDossiers;
        this.demoInbox = demoInbox;
        this.demoInstruction = demoInstruction;
        this.mode = mode;
        this.tenants = tenants;
        this.services = services;
        this.accounts = accounts;
        this.catalogue = catalogue;
        this.procedures = procedures;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!mode.demo()) {
            return;
        }
        accounts.ensurePlatformOperator(DemoTenants.PLATFORM_ADMIN, "Administration de la plateforme", DemoTenants.PASSWORD);
        DemoTenants.ALL.forEach(this::load);
        printWelcome();
    }

    private void load(DemoTenants.Demo demo) {
        TenantId id = tenants.findBySlug(demo.slug()).map(Tenant::id).orElseGet(() -> create(demo));
        TenantContext.runAs(id, () -> {
            if (services.list().isEmpty()) {
                demo.services().forEach(s -> services.create(
                        new ServiceUnitManagement.ServiceDetails(s.name(), s.email(), s.phone(), demo.address()), "demo"));
            }
            DemoProcedures.ALL.stream().filter(p -> p.tenantSlug().equals(demo.slug())).forEach(this::publish);
            AccountId citizen = null;
            AccountId instructeur = null;
            AccountId administrator = null;
            for (DemoTenants.Person p : demo.people()) {
                AccountId account = accounts.ensureVerifiedAccount(p.email(), p.givenName(), p.familyName(), DemoTenants.PASSWORD);
                if (p.role() != null) {
                    accounts.grantRole(account, AgentRole.valueOf(p.role()), Optional.empty());
                }
                if (p.role() == null) {
                    citizen = account;
                } else if (p.role().equals("INSTRUCTEUR")) {
                    instructeur = account;
                } else if (p.role().equals("ADMINISTRATEUR")) {
                    administrator = account;
                }
            }
            demoInbox.organise(instructeur, administrator);
            demoDossiers.load(citizen, instructeur);
            demoInbox.fill(demo.slug(), instructeur);
            demoInstruction.load(citizen, instructeur);
        });
    }

    /** Anyone may report a pothole, without an account: the demo shows filing with a tracking code there. */
    private static final String OPEN_WITHOUT_ACCOUNT = "signalement-voirie";

    private void publish(DemoProcedures.Demo d) {
        if (catalogue.findVisible(d.slug()).isPresent()) {
            return;
        }
        UUID service = services.list().stream().filter(s -> s.name().equals(d.serviceName())).findFirst()
                .orElseThrow().id();
        UUID id = procedures.createDraft(new ProcedureDetails(service, d.slug(), d.title(), d.summary(), d.description(),
                d.category(), !OPEN_WITHOUT_ACCOUNT.equals(d.slug()), d.eligibility(), d.documents(), d.fees(), d.delay(), d.silence(), d.silenceMonths(),
                new Procedure.PersonalData(d.legalBasis(), d.purpose(), d.data(), d.recipients(), d.retention())));
        forms.saveDraft(id, DemoForms.of(d.slug()));
        procedures.publish(id, "demo");
    }

    private TenantId create(DemoTenants.Demo demo) {
        TenantId id = tenants.create(new TenantManagement.NewTenant(demo.slug(), demo.name(), demo.kind(),
                ZoneId.of("Europe/Paris"), demo.hostname(), new Tenant.Contact(demo.address(), demo.email(), demo.phone())));
        tenants.update(id, demo.name(), demo.kind(), ZoneId.of("Europe/Paris"), demo.colour(),
                new Tenant.Contact(demo.address(), demo.email(), demo.phone()));
        return id;
    }

    private void printWelcome() {
        int port = context instanceof WebServerApplicationContext web && web.getWebServer() != null
                ? web.getWebServer().getPort() : 8080;
        StringBuilder text = new StringBuilder("\n\n  Guichet is running in DEMO mode (fictitious data).\n\n");
        for (DemoTenants.Demo demo : DemoTenants.ALL) {
            text.append("  ").append(demo.name()).append("\n")
                    .append("    portal:      http://").append(demo.hostname()).append(':').append(port).append("/\n")
                    .append("    back office: http://").append(demo.hostname()).append(':').append(port).append("/agent\n");
            demo.people().forEach(p -> text.append("    ").append(p.role() == null ? "citizen" : p.role().toLowerCase())
                    .append(": ").append(p.email()).append('\n'));
        }
        text.append("  Platform administration: http://localhost:").append(port).append("/plateforme  (")
                .append(DemoTenants.PLATFORM_ADMIN).append(")\n")
                .append("  Every demo account's password: ").append(DemoTenants.PASSWORD).append("\n");
        log.info(text.toString());
    }
}
