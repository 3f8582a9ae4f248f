/**
 * Accounts (citizens, business representatives, agents), sign-up and sign-in with a password or
 * an external OpenID Connect provider, sessions, agent roles per tenant and service.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package org.guichet.identity;
