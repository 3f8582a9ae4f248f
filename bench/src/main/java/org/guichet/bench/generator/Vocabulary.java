package org.guichet.bench.generator;

import java.util.List;
import java.util.random.RandomGenerator;

/** French names and words, so that answers, titles and searches look like the real thing. */
final class Vocabulary {

    static final List<String> GIVEN = List.of("Camille", "Léa", "Manon", "Chloé", "Emma", "Inès", "Jade", "Louise",
            "Lucas", "Hugo", "Louis", "Gabriel", "Arthur", "Jules", "Nathan", "Raphaël", "Sarah", "Zoé", "Alice",
            "Karim", "Nadia", "Yasmine", "Mohamed", "Thomas", "Nicolas", "Julien", "Sophie", "Isabelle", "Pierre",
            "Marie", "Anne", "Paul", "Jean", "Françoise", "Élodie", "Mathis", "Théo", "Adam", "Lina", "Maëlys");

    static final List<String> FAMILY = List.of("Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard", "Petit",
            "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia", "David", "Bertrand", "Roux",
            "Vincent", "Fournier", "Morel", "Girard", "André", "Lefebvre", "Mercier", "Dupont", "Lambert", "Bonnet",
            "François", "Martinez", "Legrand", "Garnier", "Faure", "Rousseau", "Blanc", "Guérin", "Muller", "Henry",
            "Roussel", "Nicolas", "Perrin", "Morin", "Mathieu", "Clément", "Gauthier", "Dumont", "Lopez", "Fontaine",
            "Chevalier", "Robin", "Benali", "Nguyen", "Diallo", "Haddad", "Kowalski", "Da Silva", "Ferreira", "Traoré");

    static final List<String> TOPICS = List.of("stationnement", "terrasse", "crèche", "cantine", "inscription",
            "logement", "travaux", "voirie", "éclairage", "déchets", "encombrants", "subvention", "association",
            "salle", "mariage", "naissance", "décès", "urbanisme", "clôture", "piscine", "déménagement", "marché",
            "animaux", "bruit", "arbre", "trottoir", "transport", "bourse", "périscolaire", "accessibilité");

    static final List<String> PLACES = List.of("rue de la République", "avenue Jean-Jaurès", "place de la Mairie",
            "chemin du Moulin", "rue Victor-Hugo", "boulevard Pasteur", "impasse des Lilas", "allée des Tilleuls",
            "rue du Général-de-Gaulle", "quai de la Loire", "rue de l’Église", "route de Lyon");

    static final List<String> PROCEDURE_TITLES = List.of("Demande d’acte de naissance", "Inscription en crèche",
            "Réservation d’une salle municipale", "Permis de stationnement pour une terrasse", "Signalement voirie",
            "Inscription à la cantine scolaire", "Demande de subvention associative", "Autorisation de travaux sur voirie",
            "Enlèvement des encombrants", "Inscription sur les listes électorales", "Demande de logement social",
            "Aide aux vacances des familles", "Déclaration de chien dangereux", "Occupation du domaine public",
            "Inscription au périscolaire", "Carte de stationnement résident", "Demande de bourse communale",
            "Attestation d’accueil", "Autorisation de débit de boissons temporaire", "Demande de raccordement");

    static final List<String> SERVICES = List.of("État civil", "Petite enfance", "Urbanisme", "Voirie et espaces publics",
            "Action sociale");

    private Vocabulary() {}

    static String pick(List<String> words, RandomGenerator random) {
        return words.get(random.nextInt(words.size()));
    }

    /** One to three sentences about a topic at a place, as an usager would write them. */
    static String description(RandomGenerator random) {
        StringBuilder s = new StringBuilder();
        int sentences = 1 + random.nextInt(3);
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                s.append(' ');
            }
            switch (random.nextInt(4)) {
                case 0 -> s.append("Je sollicite une demande de ").append(pick(TOPICS, random)).append(" au ")
                        .append(1 + random.nextInt(120)).append(' ').append(pick(PLACES, random)).append('.');
                case 1 -> s.append("Problème de ").append(pick(TOPICS, random)).append(" signalé ")
                        .append(pick(PLACES, random)).append(" depuis ").append(2 + random.nextInt(20)).append(" jours.");
                case 2 -> s.append("Merci de traiter ma demande concernant le ").append(pick(TOPICS, random))
                        .append(" de ma famille.");
                default -> s.append("Pièce jointe : justificatif de ").append(pick(TOPICS, random)).append('.');
            }
        }
        return s.toString();
    }
}
