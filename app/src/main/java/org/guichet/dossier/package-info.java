/**
 * Dossiers: one request filed by an usager on a démarche — drafts, submission, the state machine of
 * DOMAIN.md, human-friendly references and the timeline shown to the usager.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Dossier")
package org.guichet.dossier;
