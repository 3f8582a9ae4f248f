package org.guichet.instruction.internal.experts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.guichet.document.DocumentId;
import org.guichet.document.DocumentManagement;
import org.guichet.document.StoredDocument;
import org.guichet.dossier.Dossier;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.internal.DossierTabPage;
import org.guichet.instruction.internal.Downloads;
import org.guichet.procedure.Procedure;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.context.MessageSource;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "Avis externes" tab: agents invite experts and read the opinions they may see. */
@Controller
class AgentOpinionsController {

    private static final String PAGE = "instruction/opinions";
    private static final int MAX_QUESTION = 2000;

    private final DossierTabPage tabs;
    private final ExpertOpinions opinions;
    private final AccountManagement accounts;
    private final DocumentManagement documents;
    private final Downloads downloads;
    private final MessageSource text;
    private final Clock clock;

    AgentOpinionsController(DossierTabPage tabs, ExpertOpinions opinions, AccountManagement accounts,
            DocumentManagement documents, Downloads downloads, MessageSource text, Clock clock) {
        this.clock = clock;
        this.tabs = tabs;
        this.opinions = opinions;
        this.accounts = accounts;
        this.documents = documents;
        this.downloads = downloads;
        this.text = text;
    }

    /** An invitation as listed: its content is null when the viewer may not see a confidential one. */
    record Row(Invitation invitation, boolean visible, String invitedByName, StoredDocument document) {}

    @GetMapping("/agent/dossiers/{id}/avis")
    String list(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Model model) {
        Dossier dossier = tabs.open(me, id, "avis", request, model);
        return page(dossier, me, Map.of("email", "", "question", "", "day", "", "month", "", "year", "", "confidential", ""),
                Map.of(), model);
    }

    @PostMapping("/agent/dossiers/{id}/avis")
    String invite(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Locale locale, Model model, RedirectAttributes redirect) {
        Dossier dossier = tabs.open(me, id, "avis", request, model);
        Tenant tenant = CurrentTenant.of(request).orElseThrow(DossierTabPage::notFound);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : List.of("email", "question", "day", "month", "year", "confidential")) {
            typed.put(name, request.getParameter(name) == null ? "" : request.getParameter(name).strip());
        }
        Map<String, String> errors = new LinkedHashMap<>();
        String email = typed.get("email");
        if (email.length() > 254 || !email.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            errors.put("email", text.getMessage("experts.error.email", null, locale));
        }
        String question = typed.get("question");
        if (question.isEmpty() || question.length() > MAX_QUESTION) {
            errors.put("question", text.getMessage("experts.error.question", new Object[] {MAX_QUESTION}, locale));
        }
        LocalDate deadline = null;
        if (!(typed.get("day") + typed.get("month") + typed.get("year")).isEmpty()) {
            try {
                deadline = LocalDate.of(Integer.parseInt(typed.get("year")), Integer.parseInt(typed.get("month")),
                        Integer.parseInt(typed.get("day")));
                if (deadline.isBefore(LocalDate.now(clock.withZone(tenant.timeZone())))) {
                    errors.put("deadline-day", text.getMessage("experts.error.deadline.past", null, locale));
                }
            } catch (NumberFormatException | DateTimeException e) {
                errors.put("deadline-day", text.getMessage("experts.error.deadline", null, locale));
            }
        }
        if (!errors.isEmpty()) {
            return page(dossier, me, typed, errors, model);
        }
        opinions.invite(tenant, dossier, (Procedure) model.getAttribute("procedure"), me,
                new ExpertOpinions.NewInvitation(email, question, "true".equals(typed.get("confidential")), deadline), locale);
        redirect.addFlashAttribute("invited", email);
        return "redirect:/agent/dossiers/" + dossier.id() + "/avis";
    }

    @GetMapping("/agent/dossiers/{id}/avis/{invitationId}/piece")
    void attachment(@PathVariable String id, @PathVariable String invitationId, @AuthenticationPrincipal GuichetPrincipal me,
            HttpServletRequest request, Model model, HttpServletResponse response) throws IOException {
        Dossier dossier = tabs.open(me, id, "avis", request, model);
        Procedure procedure = (Procedure) model.getAttribute("procedure");
        Invitation invitation = DossierTabPage.parse(invitationId).flatMap(i -> opinions.find(dossier.id(), i))
                .filter(i -> i.documentId() != null && opinions.maySee(me, procedure, i))
                .orElseThrow(DossierTabPage::notFound);
        downloads.send(new DocumentId(invitation.documentId()), response);
    }

    private String page(Dossier dossier, GuichetPrincipal me, Map<String, String> typed, Map<String, String> errors,
            Model model) {
        Procedure procedure = (Procedure) model.getAttribute("procedure");
        Map<UUID, String> names = new HashMap<>();
        List<Row> rows = opinions.forDossier(dossier.id()).stream().map(i -> {
            String name = i.invitedBy() == null ? null : names.computeIfAbsent(i.invitedBy(), account ->
                    accounts.contactOf(new AccountId(account)).map(AccountManagement.Contact::displayName).orElse(""));
            boolean visible = opinions.maySee(me, procedure, i);
            StoredDocument doc = visible && i.documentId() != null
                    ? documents.find(new DocumentId(i.documentId())).orElse(null) : null;
            return new Row(i, visible, Objects.requireNonNullElse(name, ""), doc);
        }).toList();
        model.addAttribute("rows", rows);
        model.addAttribute("typed", typed);
        model.addAttribute("errors", errors);
        return PAGE;
    }
}
