/** Extension points of the notification module. */
@org.springframework.modulith.NamedInterface("spi")
package org.guichet.notification.spi;
