package org.guichet.audit.internal;

import org.guichet.dossier.CorrectionClockChanged;
import org.guichet.dossier.CorrectionCompleted;
import org.guichet.dossier.CorrectionRequested;
import org.guichet.dossier.DossierEdited;
import org.guichet.dossier.DossierStateChanged;
import org.guichet.dossier.DossierSubmitted;
import org.guichet.dossier.ImplicitDecisionReached;
import org.guichet.identity.IdentityEvent;
import org.guichet.instruction.DecisionOpened;
import org.guichet.instruction.DecisionTemplateChanged;
import org.guichet.instruction.DossierConsulted;
import org.guichet.instruction.ExportDownloaded;
import org.guichet.instruction.ExportRequested;
import org.guichet.instruction.DossierOrganised;
import org.guichet.instruction.DossierRouted;
import org.guichet.instruction.RoutingChanged;
import org.guichet.instruction.AnnotationChanged;
import org.guichet.instruction.ExpertInvited;
import org.guichet.instruction.MessageSent;
import org.guichet.instruction.OpinionGiven;
import org.guichet.procedure.ProcedureChanged;
import org.guichet.procedure.ProcedurePublished;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.ServiceUnitChanged;
import org.guichet.tenancy.TenantScope;
import org.guichet.tenancy.TenantCreated;
import org.guichet.tenancy.TenantUpdated;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/** Writes what other modules report into the audit trail, after their transaction committed. */
@Component
class AuditListener {

    private final JdbcClient jdbc;
    private final TenantScope tenantScope;

    AuditListener(JdbcClient jdbc, TenantScope tenantScope) {
        this.jdbc = jdbc;
        this.tenantScope = tenantScope;
    }

    @ApplicationModuleListener
    void on(IdentityEvent event) {
        record(event.tenantId(), event.actor(), event.action(), event.target(), event.ipAddress());
    }

    @ApplicationModuleListener
    void on(TenantCreated event) {
        record(event.tenantId(), event.actor(), "tenancy.tenant.created", event.slug(), null);
    }

    @ApplicationModuleListener
    void on(TenantUpdated event) {
        record(event.tenantId(), event.actor(), "tenancy.tenant." + event.change(), event.tenantId().toString(), null);
    }

    @ApplicationModuleListener
    void on(ProcedurePublished event) {
        record(event.tenantId(), event.actor(), event.closed() ? "procedure.closed" : "procedure.published",
                event.procedureId().toString(), null);
    }

    @ApplicationModuleListener
    void on(ProcedureChanged event) {
        record(event.tenantId(), event.actor(), "procedure." + event.change(), event.procedureId().toString(), null);
    }

    @ApplicationModuleListener
    void on(DossierEdited event) {
        record(event.tenantId(), String.valueOf(event.actorAccountId()), "dossier." + event.change(),
                event.dossierId().toString(), null);
    }

    @ApplicationModuleListener
    void on(DossierSubmitted event) {
        record(event.tenantId(), String.valueOf(event.ownerAccountId()), "dossier.submitted",
                event.dossierId().toString(), null);
    }

    @ApplicationModuleListener
    void on(DossierStateChanged event) {
        String actor = event.actor().accountId() == null ? event.actor().kind().name().toLowerCase()
                : event.actor().accountId().toString();
        record(event.tenantId(), actor, "dossier." + event.from().name().toLowerCase() + "-to-"
                + event.to().name().toLowerCase(), event.dossierId().toString(), null);
    }

    @ApplicationModuleListener
    void on(DecisionOpened event) {
        record(event.tenantId(), String.valueOf(event.accountId()), "dossier.decision-opened", event.dossierId().toString(), null);
    }

    @ApplicationModuleListener
    void on(DecisionTemplateChanged event) {
        record(event.tenantId(), event.actor(), "procedure.decision-templates-changed", event.procedureId().toString(), null);
    }

    @ApplicationModuleListener
    void on(MessageSent event) {
        record(event.tenantId(), String.valueOf(event.author().accountId()),
                "instruction.message.sent-by-" + event.author().kind().name().toLowerCase(), event.dossierId().toString(), null);
    }

    @ApplicationModuleListener
    void on(AnnotationChanged event) {
        record(event.tenantId(), String.valueOf(event.actorAccountId()), "instruction.annotation." + event.change(),
                event.target().toString(), null);
    }

    @ApplicationModuleListener
    void on(ExpertInvited event) {
        record(event.tenantId(), String.valueOf(event.invitedBy()), "instruction.expert.invited",
                event.dossierId() + "/" + event.invitationId(), null);
    }

    @ApplicationModuleListener
    void on(OpinionGiven event) {
        // The expert has no account: the invitation stands for them.
        record(event.tenantId(), "expert:" + event.invitationId(), "instruction.expert.opinion-given",
                event.dossierId() + "/" + event.invitationId(), null);
    }

    @ApplicationModuleListener
    void on(DossierConsulted event) {
        record(event.tenantId(), event.agentAccountId().toString(), "dossier.consulted", event.dossierId().toString(),
                event.ipAddress(), event.path());
    }

    @ApplicationModuleListener
    void on(CorrectionRequested event) {
        record(event.tenantId(), String.valueOf(event.agentAccountId()), "dossier.correction-requested",
                event.dossierId().toString(), event.ipAddress());
    }

    @ApplicationModuleListener
    void on(CorrectionCompleted event) {
        String actor = event.actor().accountId() == null ? event.actor().kind().name().toLowerCase()
                : event.actor().accountId().toString();
        record(event.tenantId(), actor, "dossier.correction-completed", event.dossierId().toString(), null);
    }

    @ApplicationModuleListener
    void on(ImplicitDecisionReached event) {
        record(event.tenantId(), "system", "dossier.implicit-decision." + event.outcome().name().toLowerCase(),
                event.dossierId().toString(), null);
    }

    @ApplicationModuleListener
    void on(CorrectionClockChanged event) {
        record(event.tenantId(), event.actorAccountId().toString(),
                "procedure.correction-clock." + event.clock().name().toLowerCase(), event.procedureId().toString(),
                event.ipAddress());
    }

    @ApplicationModuleListener
    void on(ServiceUnitChanged event) {
        record(event.tenantId(), event.actor(), "tenancy.service." + event.change(), event.serviceId().toString(), null);
    }

    @ApplicationModuleListener
    void on(DossierOrganised event) {
        record(event.tenantId(), event.actorAccountId().toString(), "instruction.dossier." + event.change(),
                event.dossierId() + (event.detail() == null || event.detail().isEmpty() ? "" : " " + event.detail()), null);
    }

    @ApplicationModuleListener
    void on(DossierRouted event) {
        record(event.tenantId(), "system", "instruction.dossier.routed", event.dossierId() + " " + event.groupId(), null);
    }

    @ApplicationModuleListener
    void on(RoutingChanged event) {
        record(event.tenantId(), event.actorAccountId().toString(), "instruction.routing." + event.change(),
                event.procedureId() + " " + event.target(), null);
    }

    @ApplicationModuleListener
    void on(ExportRequested event) {
        record(event.tenantId(), event.agent().toString(), "instruction.export.requested." + event.format().toLowerCase(),
                event.exportId() + " procedure:" + event.procedureId(), null);
    }

    @ApplicationModuleListener
    void on(ExportDownloaded event) {
        record(event.tenantId(), event.agent().toString(), "instruction.export.downloaded",
                event.exportId() + " procedure:" + event.procedureId(), null);
    }

    private void record(TenantId tenant, String actor, String action, String target, String ip) {
        record(tenant, actor, action, target, ip, null);
    }

    /** @param path the page concerned, kept in the details when given */
    private void record(TenantId tenant, String actor, String action, String target, String ip, String path) {
        Runnable insert = () -> jdbc.sql("""
                insert into audit_event (tenant_id, actor, action, target, ip_address, details)
                values (?, ?, ?, ?, cast(? as inet),
                        case when cast(? as text) is null then '{}'::jsonb else jsonb_build_object('path', cast(? as text)) end)""")
                .params(tenant == null ? null : tenant.value(), actor, action, target, validIp(ip), path, path)
                .update();
        if (tenant == null) {
            insert.run();
        } else {
            tenantScope.run(tenant, insert);
        }
    }

    private static String validIp(String ip) {
        return ip != null && ip.matches("[0-9a-fA-F:.]{2,45}") ? ip : null;
    }
}
