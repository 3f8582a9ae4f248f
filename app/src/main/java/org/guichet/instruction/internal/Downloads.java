package org.guichet.instruction.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.document.OpenDocument;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/**
 * Sends an attachment the caller has already authorised. Always as a download: a file uploaded by
 * someone else is never rendered in the reader's browser session.
 */
@Component
public class Downloads {

    private final DocumentManagement documents;

    Downloads(DocumentManagement documents) {
        this.documents = documents;
    }

    public void send(DocumentId id, HttpServletResponse response) throws IOException {
        try (OpenDocument open = documents.open(id).orElseThrow(InstructionAccess::notFound)) {
            response.setContentType(open.document().contentType());
            response.setHeader(HttpHeaders.CONTENT_DISPOSITION, open.document().attachmentDisposition());
            response.setHeader("X-Content-Type-Options", "nosniff");
            response.setContentLengthLong(open.document().size());
            open.content().transferTo(response.getOutputStream());
        }
    }
}
