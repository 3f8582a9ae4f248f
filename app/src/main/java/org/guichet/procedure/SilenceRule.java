package org.guichet.procedure;

/** What the administration's silence means when the delay runs out (CRPA art. L. 231-1, L. 231-4). */
public enum SilenceRule {
    /** No implicit decision. */
    NONE,
    /** Silence vaut accord: deemed accepted. */
    SVA,
    /** Silence vaut rejet: deemed rejected. */
    SVR
}
