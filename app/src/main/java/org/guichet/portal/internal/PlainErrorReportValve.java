package org.guichet.portal.internal;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ErrorReportValve;

/**
 * What the server says when a request is refused before the application can render a page
 * (an unreadable address, a form over the size limit): a short bilingual page that says how to
 * fix it, with no server name, version or stack trace.
 */
public class PlainErrorReportValve extends ErrorReportValve {

    @Override
    protected void report(Request request, Response response, Throwable throwable) {
        int status = response.getStatus();
        if (status < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
            return;
        }
        String french = status == 413
                ? "Le contenu envoyé est trop volumineux. Réduisez la taille du texte ou du fichier, puis réessayez."
                : "La demande n’a pas pu être lue. Vérifiez l’adresse ou revenez à la page précédente et réessayez.";
        String english = status == 413
                ? "What you sent is too large. Make the text or file smaller, then try again."
                : "The request could not be read. Check the address or go back to the previous page and try again.";
        try {
            response.setContentType("text/html");
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            Writer writer = response.getReporter();
            if (writer != null) {
                writer.write("<!DOCTYPE html><html lang=\"fr\"><head><meta charset=\"utf-8\"><title>Erreur " + status
                        + "</title><meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"></head><body><main>"
                        + "<h1>Erreur " + status + "</h1><p>" + french + "</p><p lang=\"en\">" + english
                        + "</p><p><a href=\"/\">Accueil / Home</a></p></main></body></html>");
            }
        } catch (IOException | IllegalStateException e) {
            // The client is gone or the response is already committed: nothing more can be said.
        }
    }
}
