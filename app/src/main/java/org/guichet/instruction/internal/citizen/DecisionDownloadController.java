package org.guichet.instruction.internal.citizen;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.document.OpenDocument;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.Actor;
import org.guichet.dossier.ApplicantAccess;
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
 * The usager downloads the decision on their own dossier — through their account, or the browser
 * session their tracking code opened — and the first download is the accusé de lecture. An agent
 * holding the dossier after filing it for a person downloads it without counting as the usager.
 * Another person's dossier, a forged id or a dossier without a decision give 404.
 */
@Controller
class DecisionDownloadController {

    private final ApplicantAccess applicants;
    private final CitizenDecision decisions;
    private final DocumentManagement documents;

    DecisionDownloadController(ApplicantAccess applicants, CitizenDecision decisions, DocumentManagement documents) {
        this.applicants = applicants;
        this.decisions = decisions;
        this.documents = documents;
    }

    @GetMapping("/mes-demarches/{id}/decision")
    String download(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            HttpServletResponse response, Model model) throws IOException {
        Dossier dossier = applicants.find(id, me, request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Decision decision = decisions.standing(dossier).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (decision.documentId() == null) {
            model.addAttribute("dossier", dossier);
            return "instruction/decision-pending";
        }
        OpenDocument open = documents.open(new DocumentId(decision.documentId()))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Actor reader = applicants.actor(dossier, me);
        if (reader.kind() == Actor.Kind.USAGER) {
            decisions.opened(decision, reader.accountId());
        }
        try (open) {
            response.setContentType("application/pdf");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, open.document().attachmentDisposition());
            response.setContentLengthLong(open.document().size());
            open.content().transferTo(response.getOutputStream());
        }
        return null;
    }
}
