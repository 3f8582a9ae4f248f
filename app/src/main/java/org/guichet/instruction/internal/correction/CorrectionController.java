package org.guichet.instruction.internal.correction;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierConflictException;
import org.guichet.dossier.DossierCorrections;
import org.guichet.dossier.DossierState;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.internal.InstructionAccess;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * An agent asks the usager to correct or complete a dossier (DOMAIN.md rule 4): what is missing and
 * by when. Only for a dossier the agent may instruct, en_construction or en_instruction, with no
 * request already pending.
 */
@Controller
class CorrectionController {

    private static final String PAGE = "instruction/correction";

    private final InstructionAccess access;
    private final DossierCorrections corrections;
    private final ProcedureCatalogue procedures;
    private final Clock clock;

    CorrectionController(InstructionAccess access, DossierCorrections corrections, ProcedureCatalogue procedures,
            Clock clock) {
        this.access = access;
        this.corrections = corrections;
        this.procedures = procedures;
        this.clock = clock;
    }

    @GetMapping("/agent/dossiers/{id}/correction")
    String form(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal agent, Model model) {
        Dossier dossier = requireOpen(agent, id);
        CorrectionForm form = new CorrectionForm();
        form.setVersion(dossier.version());
        return page(dossier, form, model);
    }

    @PostMapping("/agent/dossiers/{id}/correction")
    String request(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal agent,
            @ModelAttribute("correctionForm") CorrectionForm form, BindingResult errors, HttpServletRequest http,
            Model model, RedirectAttributes redirect) {
        Dossier dossier = requireOpen(agent, id);
        CorrectionForm.Checked checked = form.validate(errors, today(http));
        if (errors.hasErrors()) {
            return page(dossier, form, model);
        }
        try {
            corrections.request(dossier.id(), Actor.agent(agent.accountId()), form.getVersion(), checked.message(),
                    checked.missing(), checked.dueOn(), http.getRemoteAddr());
        } catch (DossierConflictException e) {
            errors.reject("deadlines.correction.conflict");
            form.setVersion(dossier.version());
            return page(dossier, form, model);
        }
        redirect.addFlashAttribute("correctionRequested", true);
        return "redirect:/agent/dossiers/" + dossier.id();
    }

    private String page(Dossier dossier, CorrectionForm form, Model model) {
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedureTitle", procedures.findById(dossier.procedureId()).map(p -> p.title()).orElse(""));
        model.addAttribute("pending", corrections.pending(dossier.id()).isPresent());
        model.addAttribute("correctionForm", form);
        return PAGE;
    }

    /** A dossier the agent may instruct and that can still be corrected; 404 otherwise, as for any dossier out of reach. */
    private Dossier requireOpen(GuichetPrincipal agent, String id) {
        Dossier dossier = parse(id).map(uuid -> access.requireDossier(agent, uuid))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (dossier.state() != DossierState.EN_CONSTRUCTION && dossier.state() != DossierState.EN_INSTRUCTION) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return dossier;
    }

    private LocalDate today(HttpServletRequest http) {
        ZoneId zone = CurrentTenant.of(http).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
        return clock.instant().atZone(zone).toLocalDate();
    }

    private static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
