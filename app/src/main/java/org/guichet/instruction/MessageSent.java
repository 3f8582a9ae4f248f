package org.guichet.instruction;

import java.time.Instant;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.shared.TenantId;

/** A message was added to a dossier's thread, by the usager or an agent. */
public record MessageSent(TenantId tenantId, UUID dossierId, UUID messageId, Actor author, int attachments,
        Instant sentAt) {}
