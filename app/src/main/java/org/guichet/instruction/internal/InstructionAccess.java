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
import org.guichet.instruction.internal.routing.GroupRepository;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Who may instruct what: the single place every agent-side controller asks before it reads or
 * changes a dossier. An agent instructs the démarches of the services they hold the instructeur or
 * administrateur role for (or all of the tenant's when the role is tenant-wide). A superviseur
 * reads statistics, not dossiers. When a démarche has routing groups, an instructeur member of some
 * of them reaches only the dossiers of those groups (those in no group count as the default
 * group's); administrators of the démarche, and instructeurs in none of its groups, reach them all.
 * Anything else — a draft, another tenant's id, a forged id — is
 * answered as if it did not exist (404), so ids cannot be probed.
 */
@Component
public class InstructionAccess {

    private final AccountManagement accounts;
    private final ProcedureCatalogue procedures;
    private final DossierManagement dossiers;
    private final GroupRepository groups;

    InstructionAccess(AccountManagement accounts, ProcedureCatalogue procedures, DossierManagement dossiers,
            GroupRepository groups) {
        this.accounts = accounts;
        this.procedures = procedures;
        this.dossiers = dossiers;
        this.groups = groups;
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
                .filter(d -> procedures.findById(d.procedureId())
                        .filter(p -> mayInstruct(agent, p) && inGroupReach(agent, p, d.id())).isPresent());
    }

    /** Whether the agent holds the administrateur role for the démarche's service or the whole tenant. */
    public boolean mayAdminister(GuichetPrincipal agent, Procedure procedure) {
        return accounts.grantsOf(agent.accountId()).stream().filter(g -> g.role() == AgentRole.ADMINISTRATEUR)
                .anyMatch(g -> g.tenantWide() || g.serviceId().equals(procedure.serviceId()));
    }

    private boolean inGroupReach(GuichetPrincipal agent, Procedure procedure, UUID dossierId) {
        if (mayAdminister(agent, procedure)) {
            return true;
        }
        List<GroupRepository.Membership> mine = groups.memberships(agent.accountId().value()).stream()
                .filter(m -> m.procedureId().equals(procedure.id())).toList();
        if (mine.isEmpty()) {
            return true;
        }
        return groups.groupOf(dossierId)
                .map(group -> mine.stream().anyMatch(m -> m.groupId().equals(group)))
                .orElseGet(() -> mine.stream().anyMatch(GroupRepository.Membership::isDefault));
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
