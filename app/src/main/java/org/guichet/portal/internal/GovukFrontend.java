package org.guichet.portal.internal;

/** The version of the component library, as pinned in the build. */
final class GovukFrontend {

    static final String VERSION = "5.14.0";

    private GovukFrontend() {}
}
