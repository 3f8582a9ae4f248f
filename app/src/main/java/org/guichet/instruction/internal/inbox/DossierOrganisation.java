package org.guichet.instruction.internal.inbox;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.guichet.dossier.Dossier;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.DossierOrganised;
import org.guichet.instruction.internal.InstructionAccess;
import org.guichet.instruction.internal.routing.GroupRepository;
import org.guichet.instruction.internal.routing.RoutingGroup;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

/**
 * Labels, follow and assignment of a dossier by an agent. Each change first asks
 * {@link InstructionAccess} for the dossier (404 when out of reach), then records an event for the
 * audit trail.
 */
@Service
class DossierOrganisation {

    private final InstructionAccess access;
    private final LabelRepository labels;
    private final GroupRepository groups;
    private final AccountManagement accounts;
    private final ProcedureCatalogue procedures;
    private final ApplicationEventPublisher events;

    DossierOrganisation(InstructionAccess access, LabelRepository labels, GroupRepository groups,
            AccountManagement accounts, ProcedureCatalogue procedures, ApplicationEventPublisher events) {
        this.access = access;
        this.labels = labels;
        this.groups = groups;
        this.accounts = accounts;
        this.procedures = procedures;
        this.events = events;
    }

    @Transactional
    void setLabels(GuichetPrincipal agent, UUID dossierId, Collection<UUID> labelIds) {
        Dossier dossier = access.requireDossier(agent, dossierId);
        Set<UUID> wanted = new LinkedHashSet<>(labelIds);
        Set<UUID> known = labels.ofProcedures(List.of(dossier.procedureId())).stream().map(LabelRepository.Label::id)
                .collect(Collectors.toSet());
        if (!known.containsAll(wanted)) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Unknown label for this démarche");
        }
        labels.replace(dossierId, dossier.procedureId(), wanted);
        publish(agent, dossierId, "labelled", wanted.stream().map(UUID::toString).sorted().collect(Collectors.joining(",")));
    }

    @Transactional
    void follow(GuichetPrincipal agent, UUID dossierId, boolean follow) {
        access.requireDossier(agent, dossierId);
        UUID me = agent.accountId().value();
        boolean changed = follow ? labels.follow(me, dossierId) : labels.unfollow(me, dossierId);
        if (changed) {
            publish(agent, dossierId, follow ? "followed" : "unfollowed", null);
        }
    }

    /** Assigns the dossier to one of {@link #candidates}, or to nobody when {@code assignee} is null. */
    @Transactional
    void assign(GuichetPrincipal agent, UUID dossierId, UUID assignee) {
        Dossier dossier = access.requireDossier(agent, dossierId);
        if (assignee != null && candidates(dossier).stream().noneMatch(c -> c.id().equals(assignee))) {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, "Not an agent of the dossier's group");
        }
        labels.assign(dossierId, assignee);
        publish(agent, dossierId, assignee == null ? "unassigned" : "assigned", assignee == null ? null : assignee.toString());
    }

    /**
     * Who may be assigned the dossier: the members of its routing group, or, when it is in none, the
     * agents instructing its démarche.
     */
    List<Candidate> candidates(Dossier dossier) {
        Optional<UUID> group = groups.groupOf(dossier.id());
        if (group.isPresent()) {
            return groups.group(dossier.procedureId(), group.get()).map(RoutingGroup::members).orElse(List.of()).stream()
                    .map(m -> new Candidate(m.accountId(), m.displayName())).toList();
        }
        Procedure procedure = procedures.findById(dossier.procedureId()).orElseThrow();
        return accounts.agents().stream()
                .filter(a -> a.grants().stream().anyMatch(g -> (g.role() == AgentRole.INSTRUCTEUR || g.role() == AgentRole.ADMINISTRATEUR)
                        && (g.tenantWide() || g.serviceId().equals(procedure.serviceId()))))
                .map(a -> new Candidate(a.id().value(), a.displayName())).toList();
    }

    private void publish(GuichetPrincipal agent, UUID dossierId, String change, String detail) {
        events.publishEvent(new DossierOrganised(TenantContext.require(), dossierId, agent.accountId().value(), change, detail));
    }

    /** An agent the dossier may be assigned to. */
    record Candidate(UUID id, String name) {}
}
