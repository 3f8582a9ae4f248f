package org.guichet.tenancy;

/** The kind of public body a tenant is. */
public enum TenantKind {
    COMMUNE, EPCI, DEPARTEMENT, REGION, ETAT
}
