package org.guichet.dossier.internal.filing;

import jakarta.servlet.http.HttpServletRequest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.guichet.dossier.DossierAnswers;
import org.guichet.dossier.DossierConflictException;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.ApplicantAccess;
import org.guichet.dossier.TrackedFiling;
import org.guichet.forms.Answers;
import org.guichet.forms.Field;
import org.guichet.forms.FieldError;
import org.guichet.forms.FormValidator;
import org.guichet.forms.Page;
import org.guichet.forms.ValidationResult;
import org.guichet.forms.view.FieldViews;
import org.guichet.identity.AccountManagement;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureState;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * Filing a démarche page by page: every page is saved as sent (nothing typed is lost), the usager
 * moves on only when the page is valid, and the form engine decides which pages and fields apply.
 */
@Controller
class FilingController {

    private final Filing filing;
    private final DossierManagement dossiers;
    private final ProcedureCatalogue catalogue;
    private final MessageSource messages;
    private final Uploads uploads;
    private final AccountManagement accounts;
    private final TrackedFiling tracked;
    private final ApplicantAccess access;

    /** A plausible address: the mail itself is the real check, this only catches typing slips. */
    private static final java.util.regex.Pattern EMAIL = java.util.regex.Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");

    FilingController(Filing filing, DossierManagement dossiers, ProcedureCatalogue catalogue, MessageSource messages,
            Uploads uploads, AccountManagement accounts, TrackedFiling tracked, ApplicantAccess access) {
        this.tracked = tracked;
        this.access = access;
        this.uploads = uploads;
        this.accounts = accounts;
        this.filing = filing;
        this.dossiers = dossiers;
        this.catalogue = catalogue;
        this.messages = messages;
    }

    @GetMapping("/demarches/{slug}/commencer")
    String start(@PathVariable String slug, @AuthenticationPrincipal GuichetPrincipal me, Model model) {
        model.addAttribute("procedure", published(slug));
        model.addAttribute("signedIn", me != null);
        return "dossier/filing/start";
    }

    /**
     * Starts a draft: for the signed-in usager, or — where the démarche allows it — without an account, with a
     * tracking code (sent to the optional email address). A démarche requiring an account sends visitors to sign in.
     */
    @PostMapping("/demarches/{slug}/commencer")
    String create(@PathVariable String slug, @RequestParam(name = "email", required = false) String email,
            @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request, Model model, Locale locale) {
        Procedure procedure = published(slug);
        if (me == null) {
            if (procedure.loginRequired()) {
                return "redirect:/connexion";
            }
            if (email != null && !email.isBlank() && (email.length() > 254 || !EMAIL.matcher(email.strip()).matches())) {
                model.addAttribute("procedure", procedure);
                model.addAttribute("signedIn", false);
                model.addAttribute("email", email.length() > 254 ? "" : email);
                model.addAttribute("emailError", messages.getMessage("filing.anonymous.email.invalid", null, locale));
                return "dossier/filing/start";
            }
            TrackedFiling.Started started = tracked.startAnonymous(procedure.id(), email);
            access.hold(request, started.dossierId(), started.trackingCode());
            Filing.Context draft = filing.load(started.dossierId().toString(), null, request);
            List<String> visible = filing.validator(tenant(request)).validateForm(draft.form(), draft.answers()).visiblePageIds();
            return "redirect:/mes-demarches/" + started.dossierId() + "/pages/" + visible.getFirst();
        }
        UUID id = dossiers.createDraft(procedure.id(), me.accountId());
        Filing.Context draft = filing.load(id.toString(), me, request);
        accounts.contactOf(me.accountId()).ifPresent(person -> dossiers.saveAnswers(id, me.accountId(),
                DossierAnswers.toJson(Prefill.of(draft.form(), person)), draft.dossier().version()));
        // A new dossier starts on its first page, whatever the later pages lack.
        List<String> visible = filing.validator(tenant(request)).validateForm(draft.form(), draft.answers()).visiblePageIds();
        return "redirect:/mes-demarches/" + id + "/pages/" + visible.getFirst();
    }

    /** The tracking code this session was given for the dossier, reminded on each page of an anonymous filing. */
    @ModelAttribute("trackingCode")
    String trackingCode(@PathVariable(name = "id", required = false) String id, HttpServletRequest request) {
        try {
            return id == null ? null : access.trackingCode(request, UUID.fromString(id)).orElse(null);
        } catch (IllegalArgumentException notAnId) {
            return null;
        }
    }

    /** Where to go next: the first visible page with a problem, or the check-your-answers page. */
    @GetMapping("/mes-demarches/{id}/suite")
    String resume(@PathVariable String id, @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request) {
        Filing.Context context = filing.load(id, me, request);
        ValidationResult result = filing.validator(tenant(request)).validateForm(context.form(), context.answers());
        if (result.valid()) {
            return "redirect:/mes-demarches/" + id + "/verification";
        }
        return "redirect:/mes-demarches/" + id + "/pages/" + result.errors().getFirst().pageId();
    }

    @GetMapping("/mes-demarches/{id}/pages/{pageId}")
    String page(@PathVariable String id, @PathVariable String pageId, @AuthenticationPrincipal GuichetPrincipal me,
            HttpServletRequest request, Model model, Locale locale) {
        Filing.Context context = filing.load(id, me, request);
        if (!context.dossier().state().editableByUsager()) {
            return "redirect:/mes-demarches/" + id;
        }
        return render(context, context.page(pageId), Map.of(), tenant(request), model);
    }

    @PostMapping("/mes-demarches/{id}/pages/{pageId}")
    String save(@PathVariable String id, @PathVariable String pageId, @RequestParam(name = "version") int version,
            @RequestParam(name = "action", defaultValue = "continuer") String action,
            @AuthenticationPrincipal GuichetPrincipal me, HttpServletRequest request, Model model, Locale locale) {
        Filing.Context context = filing.load(id, me, request);
        Page page = context.page(pageId);
        List<String> fieldIds = page.fields().stream().map(Field::id).toList();
        Uploads.Result upload = uploads.receive(page, context.answers(), request, me == null ? null : me.accountId(), locale);
        Answers sent = Answers.fromParameters(request.getParameterMap());
        Map<String, List<String>> values = new LinkedHashMap<>();
        sent.keys().forEach(key -> values.put(key, sent.values(key)));
        Answers merged = DossierAnswers.merge(context.answers(), Answers.of(values, upload.files()), fieldIds);
        Filing.Context saved;
        try {
            saved = context.saved(dossiers.saveAnswers(context.dossier().id(), access.actor(context.dossier(), me),
                    DossierAnswers.toJson(merged), version));
        } catch (DossierConflictException e) {
            model.addAttribute("conflict", true);
            return render(filing.load(id, me, request), page, Map.of(), tenant(request), model);
        }
        if (action.startsWith("ajouter:")) {
            return render(saved, page, Map.of(), tenant(request), model, action.substring("ajouter:".length()));
        }
        FormValidator validator = filing.validator(tenant(request));
        ValidationResult result = validator.validatePage(saved.form(), pageId, saved.answers());
        if (!result.valid() || !upload.errors().isEmpty()) {
            Map<String, String> errors = new LinkedHashMap<>(upload.errors());
            errorMessages(result.errors(), locale).forEach(errors::putIfAbsent);
            return render(saved, page, errors, tenant(request), model);
        }
        List<String> visible = validator.validateForm(saved.form(), saved.answers()).visiblePageIds();
        int at = visible.indexOf(pageId);
        return at >= 0 && at + 1 < visible.size()
                ? "redirect:/mes-demarches/" + id + "/pages/" + visible.get(at + 1)
                : "redirect:/mes-demarches/" + id + "/verification";
    }

    private String render(Filing.Context context, Page page, Map<String, String> errors, Tenant tenant, Model model) {
        return render(context, page, errors, tenant, model, null);
    }

    private String render(Filing.Context context, Page page, Map<String, String> errors, Tenant tenant, Model model,
            String blockToGrow) {
        FormValidator validator = filing.validator(tenant);
        Answers answers = context.answers();
        FieldViews views = new FieldViews(answers, errors, filing.hiddenOnPage(validator, context, page));
        if (blockToGrow != null) {
            views = views.growing(blockToGrow);
        }
        List<String> visible = validator.validateForm(context.form(), answers).visiblePageIds();
        int at = visible.indexOf(page.id());
        model.addAttribute("context", context);
        model.addAttribute("page", page);
        model.addAttribute("fields", views.of(page.fields(), ""));
        model.addAttribute("errors", errors);
        model.addAttribute("pageNumber", at + 1);
        model.addAttribute("pageCount", visible.size());
        model.addAttribute("previous", at > 0 ? visible.get(at - 1) : null);
        return "dossier/filing/page";
    }

    private Map<String, String> errorMessages(List<FieldError> errors, Locale locale) {
        Map<String, String> byInput = new LinkedHashMap<>();
        for (FieldError e : errors) {
            byInput.putIfAbsent(e.inputKey(), messages.getMessage(e.messageKey(), e.args().toArray(), e.messageKey(), locale));
        }
        return byInput;
    }

    private Procedure published(String slug) {
        return catalogue.findVisible(slug).filter(p -> p.state() == ProcedureState.PUBLIEE)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    static Tenant tenant(HttpServletRequest request) {
        return CurrentTenant.of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }
}
