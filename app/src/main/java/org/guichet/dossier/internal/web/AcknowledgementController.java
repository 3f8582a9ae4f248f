package org.guichet.dossier.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.UUID;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.document.OpenDocument;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierReadout;
import org.guichet.dossier.ApplicantAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.guichet.identity.GuichetPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The usager downloads the accusé de réception of their own dossier. */
@Controller
class AcknowledgementController {

    private final DossierManagement dossiers;
    private final DocumentManagement documents;

    private final DossierReadout readout;
    private final ApplicantAccess access;

    AcknowledgementController(DossierManagement dossiers, DocumentManagement documents, DossierReadout readout,
            ApplicantAccess access) {
        this.access = access;
        this.dossiers = dossiers;
        this.documents = documents;
        this.readout = readout;
    }

    @GetMapping("/mes-demarches/{id}/accuse-de-reception")
    String download(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            HttpServletResponse response,
            Model model) throws IOException {
        Dossier dossier = access.find(id, me, request).filter(d -> d.reference() != null)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        var document = dossiers.acknowledgementOf(dossier.id()).flatMap(doc -> documents.open(new DocumentId(doc)));
        if (document.isEmpty()) {
            model.addAttribute("dossier", dossier);
            return "dossier/acknowledgement-pending";
        }
        try (OpenDocument open = document.get()) {
            response.setContentType("application/pdf");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, open.document().attachmentDisposition());
            response.setContentLengthLong(open.document().size());
            open.content().transferTo(response.getOutputStream());
        }
        return null;
    }

    /** A file the usager attached to their own dossier; a reference from another dossier gives 404. */
    @GetMapping("/mes-demarches/{id}/pieces/{reference}")
    void attachment(@PathVariable String id, @PathVariable String reference, @AuthenticationPrincipal GuichetPrincipal me,
            HttpServletRequest request, HttpServletResponse response) throws IOException {
        Dossier dossier = access.find(id, me, request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        OpenDocument open = readout.attachment(dossier, reference).flatMap(documents::open)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try (open) {
            response.setContentType(open.document().contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, open.document().attachmentDisposition());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLengthLong(open.document().size());
            open.content().transferTo(response.getOutputStream());
        }
    }
}
