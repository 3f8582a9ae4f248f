package org.guichet.instruction.internal.experts;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.guichet.document.DocumentRejectedException;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierAnswers;
import org.guichet.dossier.DossierManagement;
import org.guichet.forms.Answers;
import org.guichet.forms.Field;
import org.guichet.forms.FileMetadata;
import org.guichet.instruction.MessagingManagement.NewAttachment;
import org.guichet.instruction.internal.DossierTabPage;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureForms;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.WebUtils;

/**
 * The expert's page, reached by the emailed link without signing in: the token is the
 * authorisation (the URL rules let {@code /avis/**} through). A used or expired link answers 410
 * with a page saying so; an unknown one 404.
 */
@Controller
class ExpertController {

    private static final String PAGE = "instruction/expert-opinion";
    private static final String GONE = "instruction/expert-link-closed";

    /** One answer of the dossier as shown to the expert: the question's label and the raw answer. */
    record AnswerLine(String label, String value) {}

    private final ExpertOpinions opinions;
    private final DossierManagement dossiers;
    private final ProcedureCatalogue procedures;
    private final ProcedureForms forms;
    private final MessageSource text;

    ExpertController(ExpertOpinions opinions, DossierManagement dossiers, ProcedureCatalogue procedures,
            ProcedureForms forms, MessageSource text) {
        this.opinions = opinions;
        this.dossiers = dossiers;
        this.procedures = procedures;
        this.forms = forms;
        this.text = text;
    }

    @GetMapping("/avis/{token}")
    String show(@PathVariable String token, HttpServletResponse response, Model model) {
        Invitation invitation = opinions.byToken(token).orElseThrow(DossierTabPage::notFound);
        if (model.containsAttribute("given")) {
            return "instruction/expert-thanks";
        }
        if (!opinions.isOpen(invitation)) {
            return closed(invitation.answered(), response, model);
        }
        return page(token, invitation, "", Map.of(), model);
    }

    private static String closed(boolean answered, HttpServletResponse response, Model model) {
        response.setStatus(HttpStatus.GONE.value());
        model.addAttribute("answered", answered);
        return GONE;
    }

    @PostMapping("/avis/{token}")
    String answer(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Locale locale,
            Model model, RedirectAttributes redirect) {
        Invitation invitation = opinions.byToken(token).orElseThrow(DossierTabPage::notFound);
        Tenant tenant = CurrentTenant.of(request).orElseThrow(DossierTabPage::notFound);
        if (!opinions.isOpen(invitation)) {
            return closed(invitation.answered(), response, model);
        }
        String opinion = request.getParameter("opinion") == null ? "" : request.getParameter("opinion").strip();
        if (opinion.isEmpty() || opinion.length() > ExpertOpinions.MAX_OPINION) {
            return page(token, invitation, opinion, Map.of("opinion",
                    text.getMessage("experts.error.opinion", new Object[] {ExpertOpinions.MAX_OPINION}, locale)), model);
        }
        try {
            opinions.answer(tenant, invitation, opinion, file(request).map(f -> new NewAttachment(f.getOriginalFilename(), f)));
        } catch (DocumentRejectedException e) {
            return page(token, invitation, opinion, Map.of("file", text.getMessage("experts.error.file", null, locale) + " "
                    + text.getMessage(e.messageCode(), e.messageArguments(), locale)), model);
        } catch (ExpertOpinions.LinkClosedException e) {
            return closed(true, response, model);
        }
        redirect.addFlashAttribute("given", true);
        return "redirect:/avis/" + token;
    }

    private String page(String token, Invitation invitation, String opinion, Map<String, String> errors, Model model) {
        model.addAttribute("token", token);
        Dossier dossier = dossiers.find(invitation.dossierId()).orElseThrow(DossierTabPage::notFound);
        model.addAttribute("invitation", invitation);
        model.addAttribute("dossier", dossier);
        model.addAttribute("procedureTitle", procedures.findById(dossier.procedureId()).map(Procedure::title).orElse(""));
        model.addAttribute("answers", answers(dossier));
        model.addAttribute("opinion", opinion);
        model.addAttribute("errors", errors);
        return PAGE;
    }

    /**
     * The dossier's answers, raw (a choice shows its stored value): the dossier module does not yet
     * offer its answer rendering to other modules.
     */
    private List<AnswerLine> answers(Dossier dossier) {
        Answers answers = DossierAnswers.fromJson(dossier.answersJson());
        List<AnswerLine> lines = new ArrayList<>();
        forms.version(dossier.procedureId(), dossier.procedureVersion()).ifPresent(form -> {
            for (Field field : form.allFields()) {
                if (!field.isInput()) {
                    continue;
                }
                List<String> values = new ArrayList<>(answers.values(field.id()));
                answers.keys().stream().filter(k -> k.startsWith(field.id() + ".")).sorted()
                        .forEach(k -> values.addAll(answers.values(k)));
                answers.files(field.id()).stream().map(FileMetadata::fileName).forEach(values::add);
                if (!values.isEmpty()) {
                    lines.add(new AnswerLine(field.label(), String.join(" ", values)));
                }
            }
        });
        return lines;
    }

    private static Optional<MultipartFile> file(HttpServletRequest request) {
        MultipartHttpServletRequest multipart = WebUtils.getNativeRequest(request, MultipartHttpServletRequest.class);
        return multipart == null ? Optional.empty() : Optional.ofNullable(multipart.getFile("file")).filter(f -> !f.isEmpty());
    }
}
