/**
 * The public face of each tenant: the page layout, the tenant home, the legal pages every portal
 * must have, the theme and the language switch.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Portal")
package org.guichet.portal;
