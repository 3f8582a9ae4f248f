/** The demo data of the embedded default: two tenants, their services, agents and a citizen. */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package org.guichet.demo;
