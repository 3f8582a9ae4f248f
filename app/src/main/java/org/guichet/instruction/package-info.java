/**
 * Instruction: the agents' work on dossiers — the inbox, the dossier seen by an agent, routing to
 * groups of instructeurs, actions and decisions, messaging, private annotations, experts' opinions,
 * legal deadlines, counter filing, exports and the consultation of the audit trail.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Instruction")
package org.guichet.instruction;
