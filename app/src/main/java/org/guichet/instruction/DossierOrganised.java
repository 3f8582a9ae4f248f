package org.guichet.instruction;

import java.util.UUID;
import org.guichet.shared.TenantId;

/**
 * An agent organised a dossier: set its labels, followed or stopped following it, assigned it.
 *
 * @param change a stable name: {@code labelled}, {@code followed}, {@code unfollowed}, {@code assigned}, {@code unassigned}
 * @param detail what the change was about (label ids, the assignee's account id), or null
 */
public record DossierOrganised(TenantId tenantId, UUID dossierId, UUID actorAccountId, String change, String detail) {}
