package org.guichet.procedure;

/** The life of a démarche: drafted in the studio, published to citizens, then closed. */
public enum ProcedureState {
    BROUILLON, PUBLIEE, CLOSE
}
