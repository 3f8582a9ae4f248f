package org.guichet.demo;

import java.util.List;
import org.guichet.procedure.Category;
import org.guichet.procedure.SilenceRule;

/** The demo démarches of DOMAIN.md, described as a French commune would describe them. */
final class DemoProcedures {

    record Demo(String tenantSlug, String serviceName, String slug, String title, String summary, String description,
            Category category, String eligibility, String documents, String fees, String delay, SilenceRule silence,
            Integer silenceMonths, String legalBasis, String purpose, String data, String recipients, int retention) {}

    private static final String MISSION = "Mission d’intérêt public (article 6-1-e du RGPD)";

    static final List<Demo> ALL = List.of(
            new Demo("saint-exemple", "État civil", "acte-de-naissance", "Demande d’acte de naissance",
                    "Obtenir une copie intégrale ou un extrait d’acte de naissance pour une naissance à Saint-Exemple.",
                    "L’acte est envoyé gratuitement par courrier à l’adresse indiquée. Pour une naissance à l’étranger, "
                            + "adressez-vous au service central d’état civil du ministère des Affaires étrangères.",
                    Category.ETAT_CIVIL,
                    "La personne concernée, ses parents, grands-parents, enfants, son conjoint ; pour un extrait sans "
                            + "filiation, toute personne.",
                    "Aucune pièce n’est demandée pour une copie vous concernant. Pour un tiers, un justificatif du lien "
                            + "de parenté.",
                    "", "Envoi sous 5 jours ouvrés", SilenceRule.NONE, null,
                    "Code civil, articles 9 et suivants ; décret n° 2017-890 du 6 mai 2017 relatif à l’état civil",
                    "Délivrer les copies et extraits d’actes de l’état civil",
                    "Identité du demandeur et de la personne concernée, lien de parenté, adresse d’envoi",
                    "Agents du service de l’état civil", 12),
            new Demo("saint-exemple", "Petite enfance", "inscription-creche", "Inscription en crèche",
                    "Pré-inscrire votre enfant dans une crèche municipale de Saint-Exemple.",
                    "La commission d’attribution se réunit en avril et en octobre. Vous recevez sa décision par courriel.",
                    Category.FAMILLE,
                    "Les familles domiciliées à Saint-Exemple, dès le sixième mois de grossesse.",
                    "Justificatif de domicile de moins de 3 mois ; avis d’imposition ou numéro allocataire CAF ; "
                            + "acte de naissance ou certificat de grossesse.",
                    "Tarif horaire selon le barème de la CNAF (taux d’effort)", "Décision à la commission suivante",
                    SilenceRule.SVR, 2, MISSION + " ; Code de la santé publique, articles R. 2324-16 et suivants",
                    "Instruire les demandes de place en établissement d’accueil du jeune enfant",
                    "Identité des parents et de l’enfant, adresse, ressources, situation professionnelle",
                    "Service petite enfance, commission d’attribution", 24),
            new Demo("saint-exemple", "Vie associative", "reservation-salle", "Réservation d’une salle municipale",
                    "Réserver une salle municipale pour une réunion, une fête familiale ou un événement associatif.",
                    "La réservation devient définitive après signature de la convention et versement de la caution.",
                    Category.EQUIPEMENTS,
                    "Les habitants et les associations de Saint-Exemple.",
                    "Attestation d’assurance responsabilité civile ; pour une association, ses statuts.",
                    "De 80 € à 450 € selon la salle ; caution de 500 €", "Réponse sous 15 jours",
                    SilenceRule.SVR, 2, MISSION, "Gérer les réservations des salles municipales",
                    "Identité et coordonnées du demandeur, nature de l’événement, attestation d’assurance",
                    "Service vie associative, régie municipale", 12),
            new Demo("saint-exemple", "Voirie et espaces publics", "permis-de-terrasse",
                    "Permis de stationnement pour une terrasse",
                    "Demander l’autorisation d’installer une terrasse ouverte sur le domaine public.",
                    "L’autorisation est personnelle, précaire et révocable ; elle est délivrée pour l’année civile.",
                    Category.ECONOMIE,
                    "Les exploitants d’un café, bar ou restaurant de Saint-Exemple.",
                    "Extrait Kbis de moins de 3 mois ; plan de la terrasse ; attestation d’assurance ; licence.",
                    "Redevance d’occupation du domaine public selon la délibération tarifaire", "2 mois au plus",
                    SilenceRule.SVR, 2, "Code général de la propriété des personnes publiques, article L. 2122-1",
                    "Instruire les demandes d’occupation du domaine public",
                    "Identité de l’exploitant, SIRET, plan de l’installation",
                    "Service voirie, police municipale", 60),
            new Demo("saint-exemple", "Voirie et espaces publics", "signalement-voirie", "Signalement voirie",
                    "Signaler un nid-de-poule, un éclairage en panne, un dépôt sauvage ou un mobilier urbain abîmé.",
                    "Pour un danger immédiat, appelez le 17 ou le 112.",
                    Category.VOIRIE, "Toute personne.", "Une photo si possible.", "", "Intervention selon l’urgence",
                    SilenceRule.NONE, null, MISSION, "Traiter les signalements sur l’espace public",
                    "Coordonnées du déclarant (facultatives), localisation, photo",
                    "Service voirie et ses prestataires", 12),
            new Demo("val-exemple", "Petite enfance", "inscription-creche", "Inscription en crèche intercommunale",
                    "Pré-inscrire votre enfant dans l’une des quatre crèches de la communauté de communes.",
                    "Les places sont attribuées par la commission intercommunale, deux fois par an.",
                    Category.FAMILLE,
                    "Les familles domiciliées dans l’une des communes du Val d’Exemple.",
                    "Justificatif de domicile ; numéro allocataire CAF ou avis d’imposition ; livret de famille.",
                    "Tarif horaire selon le barème de la CNAF", "Décision à la commission suivante",
                    SilenceRule.SVR, 2, MISSION, "Instruire les demandes de place en crèche intercommunale",
                    "Identité des parents et de l’enfant, adresse, ressources",
                    "Service petite enfance, commission d’attribution", 24),
            new Demo("val-exemple", "Voirie communautaire", "signalement-voirie", "Signalement sur la voirie communautaire",
                    "Signaler un problème sur une route ou un chemin entretenu par la communauté de communes.",
                    "Pour un danger immédiat, appelez le 17 ou le 112.",
                    Category.VOIRIE, "Toute personne.", "Une photo si possible.", "", "Intervention selon l’urgence",
                    SilenceRule.NONE, null, MISSION, "Traiter les signalements sur la voirie communautaire",
                    "Coordonnées du déclarant (facultatives), localisation, photo", "Service voirie communautaire", 12),
            new Demo("val-exemple", "Équipements et salles", "reservation-salle", "Réservation de la salle polyvalente",
                    "Réserver la salle polyvalente intercommunale pour un événement.",
                    "Capacité : 250 personnes. Cuisine équipée.", Category.EQUIPEMENTS,
                    "Habitants, associations et entreprises du territoire.",
                    "Attestation d’assurance responsabilité civile.", "350 € le week-end ; caution de 800 €",
                    "Réponse sous 15 jours", SilenceRule.SVA, 1, MISSION, "Gérer les réservations de la salle polyvalente",
                    "Identité et coordonnées du demandeur, nature de l’événement", "Service équipements, régie", 12));

    private DemoProcedures() {}
}
