package org.guichet.instruction.internal.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.AgentRole;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.RoutingChanged;
import org.guichet.procedure.Procedure;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Changes to a démarche's routing groups by its administrators. Callers have checked the
 * démarche is theirs; every method checks the group belongs to it, and answers what happened so
 * the page can say so. Each change is published for the audit trail.
 */
@Service
public class RoutingAdministration {

    /** What a change came to. */
    public enum Outcome { DONE, NOT_FOUND, NAME_TAKEN, NOT_EMPTY, NOT_AN_AGENT }

    private final GroupRepository groups;
    private final AccountManagement accounts;
    private final ApplicationEventPublisher events;

    RoutingAdministration(GroupRepository groups, AccountManagement accounts, ApplicationEventPublisher events) {
        this.groups = groups;
        this.accounts = accounts;
        this.events = events;
    }

    /** Creates a group; the démarche's first group becomes its default, and takes its dossiers in no group. */
    @Transactional
    public Outcome create(GuichetPrincipal admin, Procedure procedure, String name) {
        if (groups.nameTaken(procedure.id(), name, null)) {
            return Outcome.NAME_TAKEN;
        }
        boolean first = groups.groups(procedure.id()).isEmpty();
        UUID id = groups.insert(procedure.id(), name, false);
        if (first) {
            groups.makeDefault(procedure.id(), id);
        }
        return done(admin, procedure, "group-created", id);
    }

    @Transactional
    public Outcome rename(GuichetPrincipal admin, Procedure procedure, UUID groupId, String name) {
        if (groups.group(procedure.id(), groupId).isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (groups.nameTaken(procedure.id(), name, groupId)) {
            return Outcome.NAME_TAKEN;
        }
        groups.rename(procedure.id(), groupId, name);
        return done(admin, procedure, "group-renamed", groupId);
    }

    @Transactional
    public Outcome makeDefault(GuichetPrincipal admin, Procedure procedure, UUID groupId) {
        if (groups.group(procedure.id(), groupId).isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        groups.makeDefault(procedure.id(), groupId);
        return done(admin, procedure, "group-made-default", groupId);
    }

    @Transactional
    public Outcome delete(GuichetPrincipal admin, Procedure procedure, UUID groupId) {
        if (groups.group(procedure.id(), groupId).isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (!groups.deleteIfEmpty(procedure.id(), groupId)) {
            return Outcome.NOT_EMPTY;
        }
        return done(admin, procedure, "group-deleted", groupId);
    }

    /** Adds an agent who may instruct the démarche (any other account is refused). */
    @Transactional
    public Outcome addMember(GuichetPrincipal admin, Procedure procedure, UUID groupId, UUID accountId) {
        if (groups.group(procedure.id(), groupId).isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        if (eligibleMembers(procedure).stream().noneMatch(a -> a.id().value().equals(accountId))) {
            return Outcome.NOT_AN_AGENT;
        }
        groups.addMember(groupId, accountId);
        return done(admin, procedure, "member-added", accountId);
    }

    @Transactional
    public Outcome removeMember(GuichetPrincipal admin, Procedure procedure, UUID groupId, UUID accountId) {
        if (groups.group(procedure.id(), groupId).isEmpty() || !groups.removeMember(groupId, accountId)) {
            return Outcome.NOT_FOUND;
        }
        return done(admin, procedure, "member-removed", accountId);
    }

    /** Adds one rule per value. */
    @Transactional
    public Outcome addRules(GuichetPrincipal admin, Procedure procedure, UUID groupId, String fieldId, List<String> values) {
        if (groups.group(procedure.id(), groupId).isEmpty()) {
            return Outcome.NOT_FOUND;
        }
        for (String value : values) {
            Optional<UUID> rule = groups.addRule(groupId, fieldId, value);
            rule.ifPresent(id -> done(admin, procedure, "rule-added", id));
        }
        return Outcome.DONE;
    }

    @Transactional
    public Outcome removeRule(GuichetPrincipal admin, Procedure procedure, UUID groupId, UUID ruleId) {
        if (groups.group(procedure.id(), groupId).isEmpty() || !groups.removeRule(groupId, ruleId)) {
            return Outcome.NOT_FOUND;
        }
        return done(admin, procedure, "rule-removed", ruleId);
    }

    /** Agents who instruct (or administer) the démarche's service or the whole tenant. */
    public List<AccountManagement.AgentSummary> eligibleMembers(Procedure procedure) {
        return accounts.agents().stream()
                .filter(a -> a.grants().stream().anyMatch(g -> g.role() != AgentRole.SUPERVISEUR
                        && (g.tenantWide() || g.serviceId().equals(procedure.serviceId()))))
                .toList();
    }

    private Outcome done(GuichetPrincipal admin, Procedure procedure, String change, UUID target) {
        events.publishEvent(new RoutingChanged(TenantContext.require(), procedure.id(), admin.accountId().value(), change, target));
        return Outcome.DONE;
    }
}
