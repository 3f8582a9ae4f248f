package org.guichet.procedure.internal.studio;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureManagement;
import org.guichet.procedure.ProcedureState;
import org.guichet.procedure.PublicationRefusedException;
import org.guichet.procedure.SlugRefusedException;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Publishing, closing and copying a démarche. */
@Controller
@RequestMapping(StudioAccess.BASE + "/{id}")
class LifecycleController {

    /** Where each missing item of a refused publication is filled in, relative to the démarche's studio page. */
    private static final Map<String, String> WHERE = Map.of(
            "procedure.publish.missing.silenceDelay", "/details#silenceMonths",
            "procedure.publish.missing.legalBasis", "/details#legalBasis",
            "procedure.publish.missing.purpose", "/details#purpose",
            "procedure.publish.missing.dataCategories", "/details#dataCategories",
            "procedure.publish.missing.recipients", "/details#recipients",
            "procedure.publish.missing.form", "/formulaire",
            "procedure.publish.missing.validForm", "/formulaire");

    private final StudioAccess access;
    private final ProcedureManagement management;
    private final ProcedureCatalogue catalogue;

    LifecycleController(StudioAccess access, ProcedureManagement management, ProcedureCatalogue catalogue) {
        this.access = access;
        this.management = management;
        this.catalogue = catalogue;
    }

    @PostMapping("/publier")
    String publish(@PathVariable UUID id, Authentication who, Model model, RedirectAttributes redirect) {
        access.procedure(id);
        try {
            management.publish(id, who.getName());
        } catch (PublicationRefusedException e) {
            String base = StudioAccess.BASE + "/" + id;
            model.addAttribute("missing", e.missing().stream()
                    .map(key -> new ProblemLinks.Link(key, new Object[0], base + WHERE.getOrDefault(key, ""))).toList());
            model.addAttribute("procedure", access.procedure(id));
            model.addAttribute("summary", access.summary(id));
            model.addAttribute("form", access.form(id));
            return "procedure/studio/overview";
        }
        redirect.addFlashAttribute("saved", "studio.published");
        return StudioAccess.home(id);
    }

    @GetMapping("/cloture")
    String closing(@PathVariable UUID id, Model model) {
        prepareClosing(id, model);
        return "procedure/studio/close";
    }

    @PostMapping("/cloture")
    String close(@PathVariable UUID id, @RequestParam(defaultValue = "") String replacement, Authentication who,
            Model model, RedirectAttributes redirect) {
        List<Procedure> candidates = prepareClosing(id, model);
        if (access.procedure(id).state() != ProcedureState.PUBLIEE) {
            model.addAttribute("refused", "studio.close.notPublished");
            return "procedure/studio/close";
        }
        Optional<UUID> chosen = candidates.stream().map(Procedure::id)
                .filter(c -> c.toString().equals(replacement)).findFirst();
        if (!replacement.isBlank() && chosen.isEmpty()) {
            model.addAttribute("refused", "studio.close.replacement.unknown");
            return "procedure/studio/close";
        }
        management.close(id, chosen, who.getName());
        redirect.addFlashAttribute("saved", "studio.closed");
        return StudioAccess.home(id);
    }

    @GetMapping("/copie")
    String copying(@PathVariable UUID id, Model model) {
        Procedure procedure = access.procedure(id);
        model.addAttribute("procedure", procedure);
        model.addAttribute("slug", Texts.slug(procedure.slug() + "-copie"));
        return "procedure/studio/copy";
    }

    @PostMapping("/copie")
    String copy(@PathVariable UUID id, @RequestParam(defaultValue = "") String slug, Authentication who, Model model,
            RedirectAttributes redirect) {
        model.addAttribute("procedure", access.procedure(id));
        String wanted = Texts.bounded(slug).strip();
        model.addAttribute("slug", wanted);
        if (!wanted.matches("[a-z0-9](-?[a-z0-9])*") || wanted.length() > 80) {
            model.addAttribute("slugError", "studio.details.slug.format");
            return "procedure/studio/copy";
        }
        try {
            UUID copy = management.copy(id, wanted, who.getName()).orElseThrow(StudioAccess::notFound);
            redirect.addFlashAttribute("saved", "studio.copied");
            return StudioAccess.home(copy);
        } catch (SlugRefusedException e) {
            model.addAttribute("slugError", "studio.details.slug.taken");
            return "procedure/studio/copy";
        }
    }

    private List<Procedure> prepareClosing(UUID id, Model model) {
        model.addAttribute("procedure", access.procedure(id));
        List<Procedure> candidates = catalogue.published().stream().filter(p -> !p.id().equals(id)).toList();
        model.addAttribute("candidates", candidates);
        return candidates;
    }
}
