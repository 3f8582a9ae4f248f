package org.guichet.procedure.internal.studio;

import java.util.UUID;
import org.guichet.forms.FormDefinition;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The form editor's page, and its pages: add, rename, move and delete. Each change is a plain POST that
 * saves the working copy and comes back to the editor, so it all works without JavaScript.
 */
@Controller
@RequestMapping(StudioAccess.BASE + "/{id}/formulaire")
class FormPagesController {

    private final StudioAccess access;

    FormPagesController(StudioAccess access) {
        this.access = access;
    }

    @GetMapping
    String editor(@PathVariable UUID id, Model model) {
        FormDefinition form = access.form(id);
        model.addAttribute("procedure", access.procedure(id));
        model.addAttribute("form", form);
        model.addAttribute("problems", ProblemLinks.of(id, form, form.pages().isEmpty() ? java.util.List.of() : form.problems()));
        model.addAttribute("types", FieldSettings.TYPES);
        model.addAttribute("typeOf", new TypeNames());
        return "procedure/studio/form";
    }

    @PostMapping("/pages")
    String add(@PathVariable UUID id, @RequestParam(defaultValue = "") String title, Authentication who,
            RedirectAttributes redirect) {
        access.procedure(id);
        if (!validTitle(title, "new-page-title", redirect)) {
            return StudioAccess.formPage(id);
        }
        access.edit(id, form -> FormEdits.addPage(form, title.strip()), who.getName());
        return StudioAccess.formPage(id);
    }

    @PostMapping("/pages/{pageId}")
    String rename(@PathVariable UUID id, @PathVariable String pageId, @RequestParam(defaultValue = "") String title,
            Authentication who, RedirectAttributes redirect) {
        requirePage(id, pageId);
        if (validTitle(title, "title-" + pageId, redirect)) {
            access.edit(id, form -> FormEdits.renamePage(form, pageId, title.strip()), who.getName());
        }
        return StudioAccess.formPage(id) + "#page-" + pageId;
    }

    @PostMapping("/pages/{pageId}/deplacer")
    String move(@PathVariable UUID id, @PathVariable String pageId, @RequestParam(defaultValue = "") String direction,
            Authentication who) {
        requirePage(id, pageId);
        access.edit(id, form -> FormEdits.movePage(form, pageId, "up".equals(direction) ? -1 : 1), who.getName());
        return StudioAccess.formPage(id) + "#page-" + pageId;
    }

    @PostMapping("/pages/{pageId}/supprimer")
    String delete(@PathVariable UUID id, @PathVariable String pageId, Authentication who) {
        requirePage(id, pageId);
        access.edit(id, form -> FormEdits.deletePage(form, pageId), who.getName());
        return StudioAccess.formPage(id);
    }

    private void requirePage(UUID id, String pageId) {
        access.form(id).page(pageId).orElseThrow(StudioAccess::notFound);
    }

    /** Refuses a blank or too long title with a message linked to its input. */
    static boolean validTitle(String title, String input, RedirectAttributes redirect) {
        if (title.isBlank() || title.strip().length() > 200) {
            redirect.addFlashAttribute("inputError", new InputError(input, "studio.page.title.length"));
            return false;
        }
        return true;
    }

    /** An input of the editor that was refused, and why (a message key). */
    record InputError(String input, String messageKey) {}

    /** The type name of a field's type, for templates. */
    static final class TypeNames {
        public String of(org.guichet.forms.Field field) {
            return FieldSettings.name(field.type());
        }
    }
}
