package org.guichet.instruction.internal;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.identity.RoleGrant;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may instruct what: the single place every agent-side controller asks before it reads or
 * changes a dossier. An agent instructs the démarches of the services they hold the instructeur or
 * administrateur role for (or all of the tenant's when the role is tenant-wide). A superviseur
 * reads statistics, not dossiers. Anything else — a draft, another tenant's id, a forged id — is
 * answered as if it did not exist (404), so ids cannot be probed.
 */
@Component
public class InstructionAccess {

    private final AccountManagement accounts;
    private final ProcedureCatalogue procedures;
    private final DossierManagement dossiers;

    InstructionAccess(AccountManagement accounts, ProcedureCatalogue procedures, DossierManagement dossiers) {
        this.accounts = accounts;
        this.procedures = procedures;
        this.dossiers = dossiers;
    }

    /** Whether the agent may instruct dossiers of this démarche. */
    public boolean mayInstruct(GuichetPrincipal agent, Procedure procedure) {
        return instructingGrants(agent).stream()
                .anyMatch(g -> g.tenantWide() || g.serviceId().equals(procedure.serviceId()));
    }

    /** The démarche, if the agent may instruct it; 404 otherwise. */
    public Procedure requireProcedure(GuichetPrincipal agent, UUID procedureId) {
        return procedures.findById(procedureId).filter(p -> mayInstruct(agent, p)).orElseThrow(InstructionAccess::notFound);
    }

    /** A submitted dossier the agent may instruct; 404 for drafts, forged ids and anything out of reach. */
    public Dossier requireDossier(GuichetPrincipal agent, UUID dossierId) {
        return findDossier(agent, dossierId).orElseThrow(InstructionAccess::notFound);
    }

    public Optional<Dossier> findDossier(GuichetPrincipal agent, UUID dossierId) {
        return dossiers.find(dossierId)
                .filter(d -> d.state() != DossierState.BROUILLON)
                .filter(d -> procedures.findById(d.procedureId()).filter(p -> mayInstruct(agent, p)).isPresent());
    }

    private List<RoleGrant> instructingGrants(GuichetPrincipal agent) {
        return accounts.grantsOf(agent.accountId()).stream()
                .filter(g -> g.role() == AgentRole.INSTRUCTEUR || g.role() == AgentRole.ADMINISTRATEUR)
                .toList();
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
