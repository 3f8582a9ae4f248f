package org.guichet.instruction.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierState;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.web.server.ResponseStatusException;

/**
 * Opens a tab of the agent's dossier page (annotations, opinions, messages): authorises through
 * {@link InstructionAccess} and puts what {@code instruction/dossier-heading :: heading} shows
 * into the model. A malformed id is answered like an unknown one (404).
 */
@Component
public class DossierTabPage {

    private static final Map<DossierState, String> TAG_CLASSES = Map.of(
            DossierState.BROUILLON, "govuk-tag--grey",
            DossierState.EN_CONSTRUCTION, "govuk-tag--blue",
            DossierState.EN_INSTRUCTION, "govuk-tag--purple",
            DossierState.ACCEPTE, "govuk-tag--green",
            DossierState.REFUSE, "govuk-tag--red",
            DossierState.SANS_SUITE, "govuk-tag--grey");

    private final InstructionAccess access;
    private final ProcedureCatalogue procedures;

    DossierTabPage(InstructionAccess access, ProcedureCatalogue procedures) {
        this.access = access;
        this.procedures = procedures;
    }

    /** The dossier, if the agent may instruct it; 404 otherwise. */
    public Dossier open(GuichetPrincipal agent, String id, String tab, HttpServletRequest request, Model model) {
        Dossier dossier = parse(id).map(uuid -> access.requireDossier(agent, uuid)).orElseThrow(InstructionAccess::notFound);
        Procedure procedure = procedures.findById(dossier.procedureId()).orElseThrow(InstructionAccess::notFound);
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedure", procedure);
        model.addAttribute("current", tab);
        model.addAttribute("stateTag", TAG_CLASSES.get(dossier.state()));
        model.addAttribute("zone", zone(request));
        return dossier;
    }

    public static ZoneId zone(HttpServletRequest request) {
        return CurrentTenant.of(request).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
    }

    public static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException | NullPointerException e) {
            return Optional.empty();
        }
    }

    public static ResponseStatusException notFound() {
        return InstructionAccess.notFound();
    }
}
