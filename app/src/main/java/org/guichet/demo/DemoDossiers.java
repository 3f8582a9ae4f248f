package org.guichet.demo;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierAnswers;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierState;
import org.guichet.forms.Answers;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.springframework.stereotype.Component;

/**
 * The demo citizen's dossiers, one in every state, so that the portal and the back office show
 * something real from the first start. Loaded once: only when the citizen has no dossier yet.
 */
@Component
class DemoDossiers {

    private static final Map<String, String> SIGNALEMENT = Map.of(
            "nature", "eclairage", "lieu", "Rue des Lilas, devant l’école", "description",
            "Le lampadaire ne s’allume plus depuis trois jours.", "danger", "non", "etre_informe", "non");

    private final DossierManagement dossiers;
    private final ProcedureCatalogue catalogue;

    DemoDossiers(DossierManagement dossiers, ProcedureCatalogue catalogue) {
        this.dossiers = dossiers;
        this.catalogue = catalogue;
    }

    /** Files the demo dossiers of the current tenant for {@code citizen}, handled by {@code agent}. */
    void load(AccountId citizen, AccountId agent) {
        if (!dossiers.listForOwner(citizen).isEmpty()) {
            return;
        }
        List<String> slugs = catalogue.published().stream().map(p -> p.slug()).toList();
        String first = slugs.contains("signalement-voirie") ? "signalement-voirie" : slugs.getFirst();
        draft(first, citizen, Map.of("nature", "depot", "lieu", "Chemin du Moulin"));
        submit(first, citizen);
        Dossier examined = move(submit(first, citizen), agent, DossierState.EN_INSTRUCTION, null);
        move(move(submit(first, citizen), agent, DossierState.EN_INSTRUCTION, null), agent, DossierState.ACCEPTE,
                "Intervention programmée la semaine prochaine.");
        move(move(submit(first, citizen), agent, DossierState.EN_INSTRUCTION, null), agent, DossierState.REFUSE,
                "Cette voie est privée : son entretien incombe à ses propriétaires.");
        move(submit(first, citizen), agent, DossierState.SANS_SUITE, "Signalement en double du dossier " + examined.reference() + ".");
    }

    private UUID draft(String slug, AccountId citizen, Map<String, String> answers) {
        UUID procedure = catalogue.findVisible(slug).orElseThrow().id();
        UUID id = dossiers.createDraft(procedure, citizen);
        dossiers.saveAnswers(id, citizen, DossierAnswers.toJson(Answers.ofSingle(answers)), 0);
        return id;
    }

    private Dossier submit(String slug, AccountId citizen) {
        UUID id = draft(slug, citizen, SIGNALEMENT);
        return dossiers.submit(id, citizen);
    }

    private Dossier move(Dossier dossier, AccountId agent, DossierState to, String reason) {
        return dossiers.transition(dossier.id(), to, Actor.agent(agent), dossier.version(), reason);
    }
}
