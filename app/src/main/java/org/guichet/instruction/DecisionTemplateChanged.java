package org.guichet.instruction;

import java.util.UUID;
import org.guichet.shared.TenantId;

/** An administrator changed the text of a démarche's decision letters, for the audit trail. */
public record DecisionTemplateChanged(TenantId tenantId, UUID procedureId, String actor) {}
