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
import org.guichet.identity.AccountManagement;
import org.guichet.instruction.InstructionSetup;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.springframework.stereotype.Component;

/**
 * A realistic inbox for the demo agents: routing groups and labels on the road-reporting démarche,
 * and 48 reports from 12 residents in every state. Loaded once (when the first resident has no dossier).
 */
@Component
class DemoInbox {

    private static final String SLUG = "signalement-voirie";
    private static final List<String[]> RESIDENTS = List.of(new String[] {"Léa", "Écuyer"}, new String[] {"Hugo", "Lefèvre"},
            new String[] {"Chloé", "Martin"}, new String[] {"Émile", "Gérard"}, new String[] {"Inès", "Benoît"},
            new String[] {"Lucas", "Moreau"}, new String[] {"Zoé", "Fontaine"}, new String[] {"Nathan", "Roussel"},
            new String[] {"Manon", "Chevalier"}, new String[] {"Théo", "Lambert"}, new String[] {"Jade", "Bonnet"},
            new String[] {"Louis", "Garnier"});
    private static final List<String> NATURES = List.of("eclairage", "chaussee", "depot", "mobilier", "signalisation", "autre");
    private static final List<String> PLACES = List.of("Rue des Lilas, devant l’école", "Avenue de la Gare", "Place du Marché",
            "Chemin du Moulin", "Rue Jean-Jaurès", "Impasse des Tilleuls", "Boulevard de l’Hôtel-de-Ville", "Rue de l’Église");
    private static final List<String> DESCRIPTIONS = List.of("Le lampadaire clignote la nuit.", "Un nid-de-poule s’agrandit.",
            "Des sacs de gravats ont été déposés.", "Le banc est cassé.", "Le panneau stop est tombé.", "Branches sur le trottoir.");

    private final ProcedureCatalogue catalogue;
    private final DossierManagement dossiers;
    private final AccountManagement accounts;
    private final InstructionSetup instruction;

    DemoInbox(ProcedureCatalogue catalogue, DossierManagement dossiers, AccountManagement accounts, InstructionSetup instruction) {
        this.catalogue = catalogue;
        this.dossiers = dossiers;
        this.accounts = accounts;
        this.instruction = instruction;
    }

    /** Groups by kind of problem (the instructeur handles lighting and the rest, not roads) and labels. */
    void organise(AccountId instructeur, AccountId administrator) {
        catalogue.findVisible(SLUG).map(Procedure::id).ifPresent(procedure -> {
            instruction.ensureGroup(procedure, "Autres signalements", true, "nature", List.of(), List.of(instructeur));
            instruction.ensureGroup(procedure, "Éclairage public", false, "nature", List.of("eclairage"), List.of(instructeur));
            instruction.ensureGroup(procedure, "Chaussée et propreté", false, "nature", List.of("chaussee", "depot"), List.of(administrator));
            instruction.ensureLabel(procedure, "Urgent", "red");
            instruction.ensureLabel(procedure, "À rappeler", "yellow");
            instruction.ensureLabel(procedure, "Travaux programmés", "green");
        });
    }

    /** Files the residents' reports, handled by {@code agent}. */
    void fill(String tenantSlug, AccountId agent) {
        UUID procedure = catalogue.findVisible(SLUG).map(Procedure::id).orElse(null);
        if (procedure == null) {
            return;
        }
        for (int r = 0; r < RESIDENTS.size(); r++) {
            String[] name = RESIDENTS.get(r);
            String email = "habitant" + (r + 1) + "@" + tenantSlug + ".example.org";
            AccountId resident = accounts.ensureVerifiedAccount(email, name[0], name[1], DemoTenants.PASSWORD);
            if (r == 0 && !dossiers.listForOwner(resident).isEmpty()) {
                return;
            }
            for (int k = 0; k < 4; k++) {
                int i = r * 4 + k;
                Map<String, String> answers = Map.of("nature", NATURES.get(i % NATURES.size()), "lieu", PLACES.get(i % PLACES.size()),
                        "description", DESCRIPTIONS.get(i % DESCRIPTIONS.size()), "danger", "non", "etre_informe", "non");
                UUID id = dossiers.createDraft(procedure, resident);
                dossiers.saveAnswers(id, resident, DossierAnswers.toJson(Answers.ofSingle(answers)), 0);
                Dossier d = dossiers.submit(id, resident);
                if (i % 3 != 0) {
                    d = dossiers.transition(d.id(), DossierState.EN_INSTRUCTION, Actor.agent(agent), d.version(), null);
                }
                if (i % 3 == 2) {
                    dossiers.transition(d.id(), i % 2 == 0 ? DossierState.ACCEPTE : DossierState.REFUSE, Actor.agent(agent),
                            d.version(), "Intervention examinée par le service voirie.");
                }
            }
        }
    }
}
