/** Tiny shared kernel: typed ids, the platform mode and the clock. */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.guichet.shared;
