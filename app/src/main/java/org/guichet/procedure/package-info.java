/**
 * Démarches: the online public services a tenant publishes, their public description (who may
 * apply, documents, fees, delays, silence rule, personal data) and the searchable catalogue.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Procedure")
package org.guichet.procedure;
