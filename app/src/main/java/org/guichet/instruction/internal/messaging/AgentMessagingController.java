package org.guichet.instruction.internal.messaging;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.guichet.dossier.Actor;
import org.guichet.dossier.Dossier;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.MessagingManagement;
import org.guichet.instruction.internal.DossierTabPage;
import org.guichet.instruction.internal.Downloads;
import org.guichet.shared.AccountId;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The "Messagerie" tab of a dossier, for the agents who may instruct it. */
@Controller
class AgentMessagingController {

    private static final String PAGE = "instruction/messaging";

    private final DossierTabPage tabs;
    private final MessagingManagement messaging;
    private final MessageForm form;
    private final AccountManagement accounts;
    private final Downloads downloads;

    AgentMessagingController(DossierTabPage tabs, MessagingManagement messaging, MessageForm form,
            AccountManagement accounts, Downloads downloads) {
        this.tabs = tabs;
        this.messaging = messaging;
        this.form = form;
        this.accounts = accounts;
        this.downloads = downloads;
    }

    @GetMapping("/agent/dossiers/{id}/messagerie")
    String thread(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Model model) {
        Dossier dossier = tabs.open(me, id, "messagerie", request, model);
        return show(dossier, model);
    }

    @PostMapping("/agent/dossiers/{id}/messagerie")
    String post(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request,
            Locale locale, Model model, RedirectAttributes redirect) {
        Dossier dossier = tabs.open(me, id, "messagerie", request, model);
        if (!form.post(dossier, Actor.agent(me.accountId()), request, locale, model)) {
            return show(dossier, model);
        }
        redirect.addFlashAttribute("sent", true);
        return "redirect:/agent/dossiers/" + dossier.id() + "/messagerie";
    }

    @GetMapping("/agent/dossiers/{id}/messagerie/pieces/{documentId}")
    void attachment(@PathVariable String id, @PathVariable String documentId, @AuthenticationPrincipal GuichetPrincipal me,
            HttpServletRequest request, Model model, HttpServletResponse response) throws IOException {
        Dossier dossier = tabs.open(me, id, "messagerie", request, model);
        downloads.send(DossierTabPage.parse(documentId).flatMap(doc -> messaging.attachment(dossier.id(), doc))
                .orElseThrow(DossierTabPage::notFound), response);
    }

    private String show(Dossier dossier, Model model) {
        var thread = messaging.thread(dossier.id());
        Map<UUID, String> names = new HashMap<>();
        thread.stream().map(m -> m.author().accountId()).filter(Objects::nonNull).distinct().forEach(account ->
                accounts.contactOf(new AccountId(account)).ifPresent(c -> names.put(account, c.displayName())));
        model.addAttribute("messages", thread);
        model.addAttribute("names", names);
        model.addAttribute("viewer", "AGENT");
        model.addAttribute("action", "/agent/dossiers/" + dossier.id() + "/messagerie");
        form.prepare(model);
        return PAGE;
    }
}
