package org.guichet.document;

import java.io.OutputStream;
import java.io.StringWriter;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.guichet.document.internal.FrenchDates;
import org.guichet.document.internal.HtmlToPdf;
import org.springframework.stereotype.Service;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/**
 * Renders the platform's documents (accusés de réception, decisions, receipts) from Thymeleaf
 * templates under {@code templates/document/} to PDF/A-3b, tagged for accessibility. Templates are
 * well-formed XHTML in French, the language of the administration's legal documents, and declare
 * their title and {@code lang}.
 */
@Service
public class PdfRenderer {

    private static final Pattern TEMPLATE = Pattern.compile("document/[a-z0-9-]+(/[a-z0-9-]+)*");

    private final ITemplateEngine templates;
    private final HtmlToPdf htmlToPdf = new HtmlToPdf();

    PdfRenderer(ITemplateEngine templates) {
        this.templates = templates;
    }

    /**
     * Renders {@code template} (e.g. {@code document/acknowledgement}) with {@code model} to
     * {@code out}, which is left open.
     */
    public void render(String template, Map<String, Object> model, OutputStream out) {
        if (!TEMPLATE.matcher(template).matches()) {
            throw new IllegalArgumentException("Not a document template: " + template);
        }
        StringWriter xhtml = new StringWriter();
        templates.process(template, new Context(Locale.FRENCH, model), xhtml);
        htmlToPdf.convert(xhtml.toString(), out);
    }

    /** Renders the accusé de réception of a dossier (CRPA art. L. 112-3, R. 112-5). */
    public void renderAcknowledgement(AcknowledgementData data, OutputStream out) {
        var decision = data.implicitDecision();
        render("document/acknowledgement", Map.of(
                "ack", data,
                "receivedDate", FrenchDates.date(data.receivedAt(), data.timeZone()),
                "receivedTime", FrenchDates.time(data.receivedAt(), data.timeZone()),
                "deemedDate", decision == null ? "" : FrenchDates.date(decision.deemedOn()),
                "acceptance", decision != null && decision.outcome() == AcknowledgementData.ImplicitDecision.Outcome.ACCEPTANCE,
                "rejection", decision != null && decision.outcome() == AcknowledgementData.ImplicitDecision.Outcome.REJECTION),
                out);
    }
}
