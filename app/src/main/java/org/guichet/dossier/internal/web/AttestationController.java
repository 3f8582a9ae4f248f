package org.guichet.dossier.internal.web;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.document.OpenDocument;
import org.guichet.dossier.ApplicantAccess;
import jakarta.servlet.http.HttpServletRequest;
import org.guichet.dossier.DossierState;
import org.guichet.dossier.ImplicitDecisions;
import org.guichet.identity.GuichetPrincipal;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/** The usager downloads the attestation of the implicit acceptance of their own dossier (CRPA art. L. 232-3). */
@Controller
class AttestationController {

    private final ImplicitDecisions decisions;
    private final DocumentManagement documents;

    private final ApplicantAccess access;

    AttestationController(ApplicantAccess access, ImplicitDecisions decisions, DocumentManagement documents) {
        this.access = access;
        this.decisions = decisions;
        this.documents = documents;
    }

    @GetMapping("/mes-demarches/{id}/attestation-acceptation-implicite")
    void download(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            HttpServletResponse response) throws IOException {
        var document = access.find(id, me, request)
                .filter(d -> d.state() == DossierState.ACCEPTE)
                .flatMap(d -> decisions.attestationOf(d.id()))
                .flatMap(doc -> documents.open(new DocumentId(doc)))
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        try (OpenDocument open = document) {
            response.setContentType("application/pdf");
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, open.document().attachmentDisposition());
            response.setContentLengthLong(open.document().size());
            open.content().transferTo(response.getOutputStream());
        }
    }
}
