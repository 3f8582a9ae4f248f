package org.guichet.instruction.internal.dossier;

import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierReadout;
import org.guichet.dossier.DossierState;
import org.guichet.identity.AccountManagement;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** Fills the model of an agent's dossier page: the request, its history, its documents and what may be done. */
@Component
class DossierPage {

    static final String VIEW = "instruction/dossier";

    /** The colour of each state's tag, as the usager's pages show it. */
    static final Map<DossierState, String> TAG_CLASSES = Map.of(
            DossierState.BROUILLON, "govuk-tag--grey",
            DossierState.EN_CONSTRUCTION, "govuk-tag--blue",
            DossierState.EN_INSTRUCTION, "govuk-tag--purple",
            DossierState.ACCEPTE, "govuk-tag--green",
            DossierState.REFUSE, "govuk-tag--red",
            DossierState.SANS_SUITE, "govuk-tag--grey");

    /** A file attached to the answers, with the question it answers. */
    record Attachment(String reference, String fileName, String question) {}

    private final DossierManagement dossiers;
    private final DossierReadout readout;
    private final CitizenEdits edits;
    private final DecisionRepository decisions;
    private final ProcedureCatalogue procedures;
    private final AccountManagement accounts;
    private final TenantManagement tenants;

    DossierPage(DossierManagement dossiers, DossierReadout readout, CitizenEdits edits, DecisionRepository decisions,
            ProcedureCatalogue procedures, AccountManagement accounts, TenantManagement tenants) {
        this.dossiers = dossiers;
        this.readout = readout;
        this.edits = edits;
        this.decisions = decisions;
        this.procedures = procedures;
        this.accounts = accounts;
        this.tenants = tenants;
    }

    String show(Dossier dossier, Model model) {
        var sections = readout.answersOf(dossier);
        model.addAttribute("dossier", dossier);
        model.addAttribute("current", "demande");
        model.addAttribute("procedureTitle", procedures.findById(dossier.procedureId()).map(Procedure::title).orElse(""));
        model.addAttribute("applicant", dossier.ownerAccountId() == null ? null
                : accounts.contactOf(new AccountId(dossier.ownerAccountId())).orElse(null));
        model.addAttribute("sections", sections);
        model.addAttribute("edits", edits.of(dossier));
        model.addAttribute("attachments", sections.stream().flatMap(s -> s.rows().stream()
                .flatMap(r -> r.files().stream().map(f -> new Attachment(f.reference(), f.fileName(), r.label())))).toList());
        model.addAttribute("acknowledgement", dossiers.acknowledgementOf(dossier.id()).orElse(null));
        model.addAttribute("decisions", decisions.ofDossier(dossier.id()));
        model.addAttribute("timeline", dossiers.timeline(dossier.id()));
        model.addAttribute("zone", tenants.findById(TenantContext.require()).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris")));
        model.addAttribute("tagClass", TAG_CLASSES);
        model.addAttribute("actions", List.of(AgentAction.values()).stream().filter(a -> a.appliesTo(dossier.state()))
                .map(AgentAction::param).toList());
        model.addAttribute("mayAskCorrection", dossier.state() == DossierState.EN_CONSTRUCTION
                || dossier.state() == DossierState.EN_INSTRUCTION);
        if (!model.containsAttribute("errors")) {
            model.addAttribute("errors", Map.of());
        }
        return VIEW;
    }
}
