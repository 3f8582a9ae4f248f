/**
 * The back office shell: the agents' home at {@code /agent}, with the navigation each agent's
 * roles open (administrators also get the administration of services and agents).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Back office")
package org.guichet.backoffice;
