package org.guichet.procedure;

/** Where a démarche appears in the catalogue. */
public enum Category {
    ETAT_CIVIL, FAMILLE, URBANISME, VOIRIE, ASSOCIATIONS, ECONOMIE, EQUIPEMENTS, SOCIAL, ENVIRONNEMENT, AUTRE
}
