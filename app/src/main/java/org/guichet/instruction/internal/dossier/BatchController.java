package org.guichet.instruction.internal.dossier;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.guichet.identity.GuichetPrincipal;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The inbox's batch actions: the selected dossiers, one action, one motivation. Back to the inbox
 * (with its filters, taken from the page that posted) with either what was done or, when anything
 * prevented it, every dossier that did and why — and then nothing was changed.
 *
 * <p>The outcome travels as flash attributes of resolved text, {@code batchDone} (a sentence) or
 * {@code batchProblems} (sentences), shown by the {@code instruction/batch-result} fragment.
 */
@Controller
class BatchController {

    static final String INBOX = "/agent/dossiers";

    private final BatchActions batches;
    private final MessageSource messages;

    BatchController(BatchActions batches, MessageSource messages) {
        this.batches = batches;
        this.messages = messages;
    }

    @PostMapping(INBOX + "/lot")
    String apply(@RequestParam(name = "dossier", required = false) List<String> selected,
            @RequestParam(defaultValue = "") String action, @RequestParam(defaultValue = "") String motivation,
            @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request, Locale locale,
            RedirectAttributes redirect) {
        List<String> given = selected == null ? List.of() : new ArrayList<>(new LinkedHashSet<>(selected));
        Optional<AgentAction> chosen = AgentAction.of(action).filter(a -> a != AgentAction.REEXAMINER);
        String reason = motivation.strip();
        List<String> problems = new ArrayList<>();
        if (given.isEmpty()) {
            problems.add(text("decision.batch.none", locale));
        } else if (given.size() > BatchActions.MAX) {
            problems.add(text("decision.batch.tooMany", locale, given.size(), BatchActions.MAX));
        }
        if (chosen.isEmpty()) {
            problems.add(text("decision.batch.action", locale));
        } else if (chosen.get() == AgentAction.REFUSER && reason.isEmpty()) {
            problems.add(text("decision.batch.motivation", locale));
        }
        if (reason.length() > AgentAction.MAX_MOTIVATION) {
            problems.add(text("decision.error.motivation.tooLong", locale));
        }
        if (problems.isEmpty()) {
            List<UUID> ids = new ArrayList<>();
            for (String id : given) {
                AgentDossierController.parse(id).ifPresentOrElse(ids::add,
                        () -> problems.add(text("decision.batch.unreachable", locale, id)));
            }
            if (problems.isEmpty()) {
                for (BatchActions.Failure f : batches.apply(me, ids, chosen.get(), reason.isEmpty() ? null : reason)) {
                    problems.add(f.reference() == null ? text("decision.batch.unreachable", locale, f.id())
                            : text("decision.batch.state", locale, f.reference(), text("state." + f.state(), locale),
                                    text("decision.action." + chosen.get().param(), locale)));
                }
            }
        }
        if (problems.isEmpty()) {
            redirect.addFlashAttribute("batchDone", text("decision.batch.done." + chosen.get().param(), locale, given.size()));
        } else {
            redirect.addFlashAttribute("batchProblems", problems);
        }
        return "redirect:" + INBOX + query(request.getHeader("Referer"));
    }

    private String text(String key, Locale locale, Object... args) {
        return messages.getMessage(key, args, locale);
    }

    /** The inbox's query string (its filters) when the form was posted from the inbox itself. */
    static String query(String referer) {
        try {
            URI uri = referer == null ? null : new URI(referer);
            return uri != null && INBOX.equals(uri.getPath()) && uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "";
        } catch (java.net.URISyntaxException e) {
            return "";
        }
    }
}
