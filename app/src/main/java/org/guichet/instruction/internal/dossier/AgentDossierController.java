package org.guichet.instruction.internal.dossier;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.document.OpenDocument;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierConflictException;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierReadout;
import org.guichet.dossier.MotivationRequiredException;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.internal.DossierTabPage;
import org.guichet.instruction.internal.InstructionAccess;
import org.guichet.instruction.internal.decision.Decision;
import org.guichet.instruction.internal.decision.DecisionRepository;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A dossier seen by an agent who may instruct it, its files, and the actions on its state: start
 * instruction, decide, re-examine. Every request goes through {@link InstructionAccess}: anything
 * out of the agent's reach is 404. Each action carries the version the agent saw, so an agent who
 * acted on a page another agent changed meanwhile is told, and nothing is changed.
 */
@Controller
@RequestMapping("/agent/dossiers/{id}")
class AgentDossierController {

    private final InstructionAccess access;
    private final DossierManagement dossiers;
    private final DossierReadout readout;
    private final DecisionRepository decisions;
    private final DocumentManagement documents;
    private final DossierPage page;
    private final DossierTabPage tabs;

    AgentDossierController(InstructionAccess access, DossierManagement dossiers, DossierReadout readout,
            DecisionRepository decisions, DocumentManagement documents, DossierPage page, DossierTabPage tabs) {
        this.tabs = tabs;
        this.access = access;
        this.dossiers = dossiers;
        this.readout = readout;
        this.decisions = decisions;
        this.documents = documents;
        this.page = page;
    }

    @GetMapping
    String show(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Model model) {
        return page.show(tabs.open(me, id, "demande", request, model), model);
    }

    @PostMapping("/actions")
    String act(@PathVariable String id, @RequestParam(defaultValue = "") String action,
            @RequestParam(defaultValue = "-1") int version, @RequestParam(defaultValue = "") String motivation,
            @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request, Model model,
            RedirectAttributes redirect) {
        Dossier dossier = dossier(me, id);
        Optional<AgentAction> chosen = AgentAction.of(action);
        String reason = motivation.strip();
        Map<String, String> errors = new LinkedHashMap<>();
        if (chosen.isEmpty()) {
            errors.put("action", "decision.error.action");
        } else if (chosen.get() == AgentAction.REFUSER && reason.isEmpty()) {
            errors.put("motivation", "decision.error.motivation.required");
        }
        if (reason.length() > AgentAction.MAX_MOTIVATION) {
            errors.put("motivation", "decision.error.motivation.tooLong");
        }
        if (errors.isEmpty()) {
            try {
                if (!chosen.get().appliesTo(dossier.state())) {
                    throw new DossierConflictException(dossier.state());
                }
                dossiers.transition(dossier.id(), chosen.get().target(), Actor.agent(me.accountId()), version,
                        reason.isEmpty() ? null : reason);
                redirect.addFlashAttribute("done", "decision.done." + chosen.get().param());
                return "redirect:/agent/dossiers/" + dossier.id();
            } catch (DossierConflictException e) {
                model.addAttribute("conflict", e.current());
            } catch (MotivationRequiredException e) {
                errors.put("motivation", "decision.error.motivation.required");
            }
        }
        model.addAttribute("errors", errors);
        model.addAttribute("chosenAction", action);
        model.addAttribute("motivation", motivation);
        // Shown again as it is now: after a conflict, what the other agent did is on the page.
        return page.show(tabs.open(me, id, "demande", request, model), model);
    }

    /** A file attached to the dossier's answers, now or before an edit; a reference from elsewhere gives 404. */
    @GetMapping("/pieces/{reference}")
    void attachment(@PathVariable String id, @PathVariable String reference, @AuthenticationPrincipal GuichetPrincipal me,
            HttpServletResponse response) throws IOException {
        Dossier dossier = dossier(me, id);
        stream(readout.attachment(dossier, reference).flatMap(documents::open), response);
    }

    /** A document the platform generated for this dossier (accusé de réception, decisions); any other id gives 404. */
    @GetMapping("/documents/{documentId}")
    void document(@PathVariable String id, @PathVariable String documentId, @AuthenticationPrincipal GuichetPrincipal me,
            HttpServletResponse response) throws IOException {
        Dossier dossier = dossier(me, id);
        Optional<UUID> wanted = parse(documentId);
        boolean belongs = wanted.isPresent() && (wanted.equals(dossiers.acknowledgementOf(dossier.id()))
                || decisions.ofDossier(dossier.id()).stream().map(Decision::documentId).anyMatch(wanted.get()::equals));
        stream(belongs ? documents.open(new DocumentId(wanted.get())) : Optional.empty(), response);
    }

    private Dossier dossier(GuichetPrincipal me, String id) {
        return access.requireDossier(me, parse(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
    }

    private static void stream(Optional<OpenDocument> document, HttpServletResponse response) throws IOException {
        OpenDocument open = document.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try (open) {
            response.setContentType(open.document().contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, open.document().attachmentDisposition());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLengthLong(open.document().size());
            open.content().transferTo(response.getOutputStream());
        }
    }

    static Optional<UUID> parse(String id) {
        try {
            return Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
