package org.guichet.identity;

import org.guichet.shared.TenantId;

/**
 * Something that happened to an account, for the audit trail.
 *
 * @param tenantId the tenant, or null for the platform's own administrators
 * @param actor who did it: an account id, or {@code anonymous}
 * @param action a stable name, e.g. {@code identity.sign-in.failed}
 * @param target what it was done to (an account id, an email), never a password or a token
 * @param ipAddress the client address, when known
 */
public record IdentityEvent(TenantId tenantId, String actor, String action, String target, String ipAddress) {}
