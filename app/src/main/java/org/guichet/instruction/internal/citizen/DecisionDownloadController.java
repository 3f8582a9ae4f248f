package org.guichet.instruction.internal.citizen;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.document.OpenDocument;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.internal.decision.CitizenDecision;
import org.guichet.instruction.internal.decision.Decision;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * The usager downloads the decision on their own dossier; the first download is the accusé de
 * lecture. Another person's dossier, a forged id or a dossier without a decision give 404.
 */
@Controller
class DecisionDownloadController {

    private final DossierManagement dossiers;
    private final CitizenDecision decisions;
    private final DocumentManagement documents;

    DecisionDownloadController(DossierManagement dossiers, CitizenDecision decisions, DocumentManagement documents) {
        this.dossiers = dossiers;
        this.decisions = decisions;
        this.documents = documents;
    }

    @GetMapping("/mes-demarches/{id}/decision")
    String download(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletResponse response,
            Model model) throws IOException {
        Dossier dossier = parse(id).flatMap(uuid -> dossiers.findForOwner(uuid, me.accountId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Decision decision = decisions.standing(dossier).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (decision.documentId() == null) {
            model.addAttribute("dossier", dossier);
            return "instruction/decision-pending";
        }
        OpenDocument open = documents.open(new DocumentId(decision.documentId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        decisions.opened(decision, me.accountId());
        try (open) {
            response.setContentType("application/pdf");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, open.document().attachmentDisposition());
            response.setContentLengthLong(open.document().size());
            open.content().transferTo(response.getOutputStream());
        }
        return null;
    }

    private static java.util.Optional<UUID> parse(String id) {
        try {
            return java.util.Optional.of(UUID.fromString(id));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
