/**
 * Tenants (collectivités and State services), their services, hostnames, branding and contact
 * details, and the row-level-security session setting that isolates every tenant's rows.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Tenancy")
package org.guichet.tenancy;
