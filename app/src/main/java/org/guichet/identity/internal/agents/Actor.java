package org.guichet.identity.internal.agents;

import java.util.UUID;

/**
 * Who asks for a change, as the audit trail names them.
 *
 * @param id an account id, or {@code operator:<id>} for a platform administrator
 * @param accountId the tenant account, or null for a platform administrator
 * @param ipAddress the client address, when known
 */
record Actor(String id, UUID accountId, String ipAddress) {}
