package org.guichet.notification;

import org.guichet.shared.TenantId;

/**
 * A module asks for an email to be sent once its transaction commits. The body is already
 * rendered in the recipient's language by the module that knows what it says.
 *
 * @param tenantId the tenant on whose behalf it is sent (its name and address sign the mail), or null for the platform
 * @param to one recipient address
 * @param subject the subject line
 * @param textBody the plain-text body
 * @param purpose a stable name for the delivery log, e.g. {@code identity.verify-email}
 */
public record EmailRequested(TenantId tenantId, String to, String subject, String textBody, String purpose) {}
