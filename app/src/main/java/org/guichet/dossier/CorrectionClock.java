package org.guichet.dossier;

/**
 * How the SVA / SVR clock resumes once a requested correction is made (DOMAIN.md rule 4; the texts
 * differ by procedure, so each démarche says which applies).
 */
public enum CorrectionClock {
    /** The full delay runs again from the day the complete request is received (CRPA art. L. 114-5, the default). */
    RESTART,
    /** The delay was only paused: the days the request stayed pending are added to the old date. */
    SUSPEND
}
