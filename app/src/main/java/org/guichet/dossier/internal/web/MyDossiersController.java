package org.guichet.dossier.internal.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierReadout;
import org.guichet.dossier.ApplicantAccess;
import org.guichet.dossier.DossierState;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** "Mes démarches": the usager's drafts and dossiers, and each dossier's page with its timeline. */
@Controller
class MyDossiersController {

    /** The colour of each state's tag: grey for drafts and closed, green accepted, red refused. */
    static final Map<DossierState, String> TAG_CLASSES = Map.of(
            DossierState.BROUILLON, "govuk-tag--grey",
            DossierState.EN_CONSTRUCTION, "govuk-tag--blue",
            DossierState.EN_INSTRUCTION, "govuk-tag--purple",
            DossierState.ACCEPTE, "govuk-tag--green",
            DossierState.REFUSE, "govuk-tag--red",
            DossierState.SANS_SUITE, "govuk-tag--grey");

    private final DossierManagement dossiers;
    private final ProcedureCatalogue procedures;
    private final DossierReadout readout;
    private final ApplicantAccess access;

    MyDossiersController(DossierManagement dossiers, ProcedureCatalogue procedures, DossierReadout readout,
            ApplicantAccess access) {
        this.access = access;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.readout = readout;
    }

    @GetMapping("/mes-demarches")
    String list(@AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request, Model model) {
        model.addAttribute("dossiers", dossiers.listForOwner(me.accountId()));
        model.addAttribute("titles", procedures.titles());
        model.addAttribute("zone", zone(request));
        model.addAttribute("tagClass", TAG_CLASSES);
        return "dossier/my-dossiers";
    }

    @GetMapping("/mes-demarches/{id}")
    String dossier(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Model model) {
        Dossier dossier = access.find(id, me, request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Map<UUID, String> titles = procedures.titles();
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedureTitle", titles.getOrDefault(dossier.procedureId(), ""));
        model.addAttribute("timeline", dossiers.timeline(dossier.id()));
        model.addAttribute("sections", dossier.reference() == null ? List.of() : readout.answersOf(dossier));
        model.addAttribute("zone", zone(request));
        model.addAttribute("tagClass", TAG_CLASSES);
        model.addAttribute("signedIn", me != null);
        return "dossier/my-dossier";
    }

    /**
     * The dossier's state and version, polled by the dossier page's script so that a change made by an
     * agent shows without reloading (without JavaScript, a reload shows it).
     */
    @GetMapping(value = "/mes-demarches/{id}/etat", produces = "application/json")
    @org.springframework.web.bind.annotation.ResponseBody
    Map<String, Object> state(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me,
            HttpServletRequest request) {
        Dossier dossier = access.find(id, me, request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return Map.of("state", dossier.state().name(), "version", dossier.version());
    }

    private static java.time.ZoneId zone(HttpServletRequest request) {
        return CurrentTenant.of(request).map(Tenant::timeZone).orElse(java.time.ZoneId.of("Europe/Paris"));
    }

    static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
