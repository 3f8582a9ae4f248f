package org.guichet.dossier;

/** A refusal must state its motivation (CRPA art. L. 211-2). */
public class MotivationRequiredException extends RuntimeException {

    public MotivationRequiredException() {
        super("A refusal must state its motivation (CRPA art. L. 211-2).");
    }
}
