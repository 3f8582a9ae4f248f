package org.guichet.instruction.internal.routing;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierAnswers;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierSubmitted;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FrenchGeography;
import org.guichet.instruction.DossierRouted;
import org.guichet.procedure.ProcedureForms;
import org.guichet.tenancy.TenantScope;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Puts each newly submitted dossier in the routing group of its démarche whose rule matches its
 * answers, else in the default group. Runs after the submission committed, from the event
 * registry (a failure is retried); a dossier already in a group is left where it is.
 */
@Component
class Router {

    private final TenantScope scope;
    private final DossierManagement dossiers;
    private final ProcedureForms forms;
    private final GroupRepository groups;
    private final ApplicationEventPublisher events;
    private final RuleMatcher matcher = new RuleMatcher(FrenchGeography.official());

    Router(TenantScope scope, DossierManagement dossiers, ProcedureForms forms, GroupRepository groups,
            ApplicationEventPublisher events) {
        this.scope = scope;
        this.dossiers = dossiers;
        this.forms = forms;
        this.groups = groups;
        this.events = events;
    }

    @ApplicationModuleListener
    void on(DossierSubmitted submitted) {
        scope.run(submitted.tenantId(), () -> route(submitted));
    }

    private void route(DossierSubmitted submitted) {
        Optional<UUID> fallback = groups.defaultGroup(submitted.procedureId());
        List<RoutingGroup.Rule> rules = groups.rules(submitted.procedureId());
        if (rules.isEmpty() && fallback.isEmpty()) {
            return;
        }
        Dossier dossier = dossiers.find(submitted.dossierId()).orElseThrow();
        Optional<UUID> group = forms.version(dossier.procedureId(), dossier.procedureVersion())
                .flatMap((FormDefinition form) -> matcher.firstMatch(rules, form, DossierAnswers.fromJson(dossier.answersJson())))
                .map(RoutingGroup.Rule::groupId)
                .or(() -> fallback);
        if (group.isPresent() && groups.route(dossier.id(), group.get())) {
            events.publishEvent(new DossierRouted(submitted.tenantId(), dossier.id(), group.get()));
        }
    }
}
