package org.guichet.instruction.internal.inbox;

import java.util.List;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.internal.InstructionAccess;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the agent's side panel of a dossier shows (labels, follow, assignment), read from the
 * template itself ({@code ${@dossierSidebar.of(dossier)}}) so that the page's controller, owned by
 * another feature, need not know about it. Out of reach gives an empty panel, never an error.
 */
@Component("dossierSidebar")
public class DossierSidebar {

    private final InstructionAccess access;
    private final LabelRepository labels;
    private final DossierOrganisation organisation;

    DossierSidebar(InstructionAccess access, LabelRepository labels, DossierOrganisation organisation) {
        this.access = access;
        this.labels = labels;
        this.organisation = organisation;
    }

    @Transactional(readOnly = true)
    public View of(Dossier dossier) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (dossier == null || auth == null || !(auth.getPrincipal() instanceof GuichetPrincipal agent)
                || access.findDossier(agent, dossier.id()).isEmpty()) {
            return new View(false, null, List.of(), false, null, List.of());
        }
        List<UUID> set = labels.labelsOf(dossier.id());
        List<LabelChoice> choices = labels.ofProcedures(List.of(dossier.procedureId())).stream()
                .map(l -> new LabelChoice(l.id(), l.name(), l.colour(), set.contains(l.id()))).toList();
        UUID assignee = labels.assigneeOf(dossier.id()).orElse(null);
        List<DossierOrganisation.Candidate> candidates = organisation.candidates(dossier);
        return new View(true, dossier.id(), choices, labels.follows(agent.accountId().value(), dossier.id()), assignee,
                candidates.stream().map(c -> new Option(c.id(), c.name(), c.id().equals(assignee))).toList());
    }

    /**
     * The panel.
     *
     * @param available false when the agent may not see the dossier (nothing is shown)
     */
    public record View(boolean available, UUID dossierId, List<LabelChoice> labels, boolean followed, UUID assignee,
            List<Option> candidates) {

        public List<LabelChoice> selectedLabels() {
            return labels.stream().filter(LabelChoice::selected).toList();
        }

        public String assigneeName() {
            return candidates.stream().filter(Option::selected).map(Option::name).findFirst().orElse(null);
        }
    }

    public record LabelChoice(UUID id, String name, String colour, boolean selected) {}

    public record Option(UUID id, String name, boolean selected) {}
}
