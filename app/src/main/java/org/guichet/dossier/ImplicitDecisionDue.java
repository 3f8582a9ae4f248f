package org.guichet.dossier;

import java.time.LocalDate;
import org.guichet.procedure.SilenceRule;

/**
 * A dossier's running silence clock.
 *
 * @param on the last day of the delay: the decision is born when it ends
 * @param rule SVA or SVR
 */
public record ImplicitDecisionDue(LocalDate on, SilenceRule rule) {}
