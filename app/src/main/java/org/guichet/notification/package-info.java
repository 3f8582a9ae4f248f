/**
 * Notifications: emails (and later SMS, in-app) sent after the transaction that asked for them
 * committed, through a channel chosen by configuration, retried from the event registry.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Notification")
package org.guichet.notification;
