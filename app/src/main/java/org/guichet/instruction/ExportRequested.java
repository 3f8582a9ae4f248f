package org.guichet.instruction;

import java.util.UUID;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;

/**
 * An agent asked for an export of a démarche's dossiers: personal data leaving the platform, so it
 * goes to the audit trail.
 *
 * @param format CSV, XLSX or ODS
 */
public record ExportRequested(TenantId tenantId, AccountId agent, UUID exportId, UUID procedureId, String format) {}
