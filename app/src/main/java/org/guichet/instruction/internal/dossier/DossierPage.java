package org.guichet.instruction.internal.dossier;

import java.util.List;
import java.util.Map;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierReadout;
import org.guichet.identity.AccountManagement;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.guichet.shared.AccountId;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/**
 * Fills the model of an agent's dossier page below its heading (which {@code DossierTabPage} fills):
 * the request, its history, its documents and what may be done.
 */
@Component
class DossierPage {

    static final String VIEW = "instruction/dossier";

    /** A file attached to the answers, with the question it answers. */
    record Attachment(String reference, String fileName, String question) {}

    private final DossierManagement dossiers;
    private final DossierReadout readout;
    private final CitizenEdits edits;
    private final DecisionRepository decisions;
    private final AccountManagement accounts;

    DossierPage(DossierManagement dossiers, DossierReadout readout, CitizenEdits edits, DecisionRepository decisions,
            AccountManagement accounts) {
        this.dossiers = dossiers;
        this.readout = readout;
        this.edits = edits;
        this.decisions = decisions;
        this.accounts = accounts;
    }

    String show(Dossier dossier, Model model) {
        var sections = readout.answersOf(dossier);
        model.addAttribute("applicant", dossier.ownerAccountId() == null ? null
                : accounts.contactOf(new AccountId(dossier.ownerAccountId())).orElse(null));
        model.addAttribute("sections", sections);
        model.addAttribute("edits", edits.of(dossier));
        model.addAttribute("attachments", sections.stream().flatMap(s -> s.rows().stream()
                .flatMap(r -> r.files().stream().map(f -> new Attachment(f.reference(), f.fileName(), r.label())))).toList());
        model.addAttribute("acknowledgement", dossiers.acknowledgementOf(dossier.id()).orElse(null));
        model.addAttribute("decisions", decisions.ofDossier(dossier.id()));
        model.addAttribute("timeline", dossiers.timeline(dossier.id()));
        model.addAttribute("actions", List.of(AgentAction.values()).stream().filter(a -> a.appliesTo(dossier.state()))
                .map(AgentAction::param).toList());
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return VIEW;
    }
}
