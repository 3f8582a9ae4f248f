package org.guichet.instruction.internal.decision;

import java.util.UUID;
import org.guichet.shared.TenantId;

/** A decision was recorded in the dossier's transaction; its PDF and the usager's email follow after commit. */
record DecisionRecorded(TenantId tenantId, UUID decisionId, UUID dossierId) {}
