package org.guichet.demo;

import java.util.List;
import org.guichet.tenancy.TenantKind;

/** The two demo tenants of DOMAIN.md, with their services and people. */
final class DemoTenants {

    static final String PASSWORD = "demo-guichet-2026";
    static final String PLATFORM_ADMIN = "plateforme@guichet.localhost";

    record Person(String email, String givenName, String familyName, String role) {}

    record Service(String name, String email, String phone) {}

    record Demo(String slug, String name, TenantKind kind, String hostname, String address, String email,
            String phone, String colour, List<Service> services, List<Person> people) {}

    static final List<Demo> ALL = List.of(
            new Demo("saint-exemple", "Ville de Saint-Exemple", TenantKind.COMMUNE, "saint-exemple.localhost",
                    "Hôtel de ville, 1 place de la Mairie, 99100 Saint-Exemple", "mairie@saint-exemple.localhost",
                    "01 23 45 67 89", "#1d4f91",
                    List.of(new Service("État civil", "etat-civil@saint-exemple.localhost", "01 23 45 67 80"),
                            new Service("Petite enfance", "petite-enfance@saint-exemple.localhost", "01 23 45 67 81"),
                            new Service("Voirie et espaces publics", "voirie@saint-exemple.localhost", "01 23 45 67 82"),
                            new Service("Vie associative", "associations@saint-exemple.localhost", "01 23 45 67 83")),
                    List.of(new Person("admin@saint-exemple.localhost", "Claire", "Martin", "ADMINISTRATEUR"),
                            new Person("instructeur@saint-exemple.localhost", "Karim", "Benali", "INSTRUCTEUR"),
                            new Person("superviseur@saint-exemple.localhost", "Sophie", "Durand", "SUPERVISEUR"),
                            new Person("camille.dupont@example.org", "Camille", "Dupont", null))),
            new Demo("val-exemple", "Communauté de communes du Val d'Exemple", TenantKind.EPCI, "val-exemple.localhost",
                    "Maison de la communauté, 12 rue des Tilleuls, 99200 Val-d'Exemple", "accueil@val-exemple.localhost",
                    "02 34 56 78 90", "#00594c",
                    List.of(new Service("Petite enfance", "petite-enfance@val-exemple.localhost", "02 34 56 78 91"),
                            new Service("Voirie communautaire", "voirie@val-exemple.localhost", "02 34 56 78 92"),
                            new Service("Équipements et salles", "salles@val-exemple.localhost", "02 34 56 78 93")),
                    List.of(new Person("admin@val-exemple.localhost", "Jean", "Lefèvre", "ADMINISTRATEUR"),
                            new Person("instructeur@val-exemple.localhost", "Nadia", "Moreau", "INSTRUCTEUR"),
                            new Person("superviseur@val-exemple.localhost", "Paul", "Girard", "SUPERVISEUR"),
                            new Person("camille.dupont@example.org", "Camille", "Dupont", null))));

    private DemoTenants() {}
}
