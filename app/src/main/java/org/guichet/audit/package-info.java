/** The audit trail: an append-only record of every state-changing action, fed by events. */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.guichet.audit;
