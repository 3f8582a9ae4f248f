package org.guichet.instruction;

import java.util.UUID;
import org.guichet.shared.AccountId;
import org.guichet.shared.TenantId;

/** An agent downloaded the file of an export: each copy of personal data taken away is audited. */
public record ExportDownloaded(TenantId tenantId, AccountId agent, UUID exportId, UUID procedureId) {}
