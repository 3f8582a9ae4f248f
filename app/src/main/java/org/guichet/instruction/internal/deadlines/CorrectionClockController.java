package org.guichet.instruction.internal.deadlines;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Arrays;
import java.util.UUID;
import org.guichet.dossier.CorrectionClock;
import org.guichet.dossier.DossierCorrections;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Per démarche, how the SVA / SVR clock resumes after a correction (DOMAIN.md rule 4), for the
 * tenant's administrators (the URL rules require ADMINISTRATEUR; row-level security makes another
 * tenant's démarche unknown, 404).
 */
@Controller
class CorrectionClockController {

    private static final String PAGE = "instruction/correction-clock";

    private final ProcedureCatalogue procedures;
    private final DossierCorrections corrections;

    CorrectionClockController(ProcedureCatalogue procedures, DossierCorrections corrections) {
        this.procedures = procedures;
        this.corrections = corrections;
    }

    @GetMapping("/agent/administration/demarches/{procedureId}/delais")
    String form(@PathVariable String procedureId, Model model) {
        Procedure procedure = require(procedureId);
        return page(procedure, corrections.clockOf(procedure.id()).name(), false, model);
    }

    @PostMapping("/agent/administration/demarches/{procedureId}/delais")
    String save(@PathVariable String procedureId, @RequestParam(required = false) String clock,
            @AuthenticationPrincipal GuichetPrincipal admin, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Procedure procedure = require(procedureId);
        if (clock == null || Arrays.stream(CorrectionClock.values()).noneMatch(c -> c.name().equals(clock))) {
            return page(procedure, null, true, model);
        }
        corrections.setClock(procedure.id(), CorrectionClock.valueOf(clock), admin.accountId(), request.getRemoteAddr());
        redirect.addFlashAttribute("saved", true);
        return "redirect:/agent/administration/demarches/" + procedure.id() + "/delais";
    }

    private String page(Procedure procedure, String selected, boolean invalid, Model model) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("selected", selected);
        model.addAttribute("invalid", invalid);
        model.addAttribute("clocks", CorrectionClock.values());
        return PAGE;
    }

    private Procedure require(String id) {
        try {
            return procedures.findById(UUID.fromString(id)).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        } catch (IllegalArgumentException e) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
    }
}
