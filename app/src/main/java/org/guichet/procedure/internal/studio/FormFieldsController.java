package org.guichet.procedure.internal.studio;

import java.util.UUID;
import org.guichet.forms.DefinitionProblem;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.Limits;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The fields of the form: add one of any type (to a page or a repeatable block), edit, move, delete. */
@Controller
@RequestMapping(StudioAccess.BASE + "/{id}/formulaire")
class FormFieldsController {

    private static final String EDIT = "procedure/studio/field";

    private final StudioAccess access;

    FormFieldsController(StudioAccess access) {
        this.access = access;
    }

    /** Adds a field with the type's default settings, then opens it so they can be set. */
    @PostMapping("/pages/{pageId}/champs")
    String add(@PathVariable UUID id, @PathVariable String pageId, @RequestParam(defaultValue = "") String type,
            @RequestParam(defaultValue = "") String label, @RequestParam(required = false) String block,
            Authentication who, RedirectAttributes redirect) {
        FormDefinition current = access.form(id);
        current.page(pageId).orElseThrow(StudioAccess::notFound);
        if (block != null && !(current.field(block).map(Field::type).orElse(null) instanceof FieldType.RepeatableBlock)) {
            throw StudioAccess.notFound();
        }
        String input = "label-" + (block == null ? pageId : block);
        FieldType fieldType = FieldSettings.create(type);
        if (label.isBlank() || label.strip().length() > Limits.MAX_LABEL_LENGTH || fieldType == null) {
            redirect.addFlashAttribute("inputError", new FormPagesController.InputError(input,
                    fieldType == null ? "studio.field.type.required" : "studio.field.label.length"));
            return StudioAccess.formPage(id) + "#page-" + pageId;
        }
        String fieldId = FormEdits.uniqueId(current, label);
        Field field = new Field(fieldId, label.strip(), null, false, null, fieldType);
        access.edit(id, form -> FormEdits.addField(form, pageId, block, field), who.getName());
        return "redirect:" + StudioAccess.BASE + "/" + id + "/formulaire/champs/" + fieldId;
    }

    @GetMapping("/champs/{fieldId}")
    String edit(@PathVariable UUID id, @PathVariable String fieldId, Model model) {
        Field field = prepare(id, fieldId, model);
        model.addAttribute("fieldForm", FieldSettings.toForm(field));
        return EDIT;
    }

    /**
     * Saves a field's settings. Settings the form engine finds wrong for this field (a bad regular
     * expression, a minimum above the maximum…) are shown on their inputs and nothing is saved; problems
     * that other changes fix (a condition, an empty block) stay listed on the editor's page.
     */
    @PostMapping("/champs/{fieldId}")
    String save(@PathVariable UUID id, @PathVariable String fieldId, @ModelAttribute FieldForm fieldForm,
            BindingResult errors, Authentication who, Model model, RedirectAttributes redirect) {
        Field field = prepare(id, fieldId, model);
        String label = Texts.length(errors, "label", fieldForm.getLabel(), 1, Limits.MAX_LABEL_LENGTH, "studio.field.label.length");
        String hint = Texts.length(errors, "hint", fieldForm.getHint(), 0, Limits.MAX_LABEL_LENGTH, "studio.field.hint.length");
        FieldType type = FieldSettings.toType(fieldForm, field.type(), errors);
        if (errors.hasErrors()) {
            return EDIT;
        }
        Field changed = new Field(fieldId, label, hint.isEmpty() ? null : hint,
                fieldForm.isRequired() && field.isInput(), field.condition(), type);
        FormDefinition candidate = FormEdits.changeField(access.form(id), fieldId, f -> changed);
        String pointer = ProblemLinks.pointerOf(candidate, fieldId);
        for (DefinitionProblem p : candidate.problems()) {
            String input = localInput(p.path(), pointer);
            if (input != null) {
                errors.rejectValue(input, p.messageKey(), p.args().toArray(), null);
            }
        }
        if (errors.hasErrors()) {
            return EDIT;
        }
        access.edit(id, form -> FormEdits.changeField(form, fieldId, f -> changed), who.getName());
        redirect.addFlashAttribute("saved", "studio.field.saved");
        return StudioAccess.formPage(id) + "#field-" + fieldId;
    }

    @PostMapping("/champs/{fieldId}/deplacer")
    String move(@PathVariable UUID id, @PathVariable String fieldId, @RequestParam(defaultValue = "") String direction,
            Authentication who) {
        access.form(id).field(fieldId).orElseThrow(StudioAccess::notFound);
        access.edit(id, form -> FormEdits.moveField(form, fieldId, "up".equals(direction) ? -1 : 1), who.getName());
        return StudioAccess.formPage(id) + "#field-" + fieldId;
    }

    @PostMapping("/champs/{fieldId}/supprimer")
    String delete(@PathVariable UUID id, @PathVariable String fieldId, Authentication who) {
        access.form(id).field(fieldId).orElseThrow(StudioAccess::notFound);
        access.edit(id, form -> FormEdits.deleteField(form, fieldId), who.getName());
        return StudioAccess.formPage(id);
    }

    private Field prepare(UUID id, String fieldId, Model model) {
        FormDefinition form = access.form(id);
        Field field = form.field(fieldId).orElseThrow(StudioAccess::notFound);
        model.addAttribute("procedure", access.procedure(id));
        model.addAttribute("field", field);
        model.addAttribute("fieldType", FieldSettings.name(field.type()));
        model.addAttribute("block", FormEdits.blockOf(form, fieldId).orElse(null));
        return field;
    }

    /** The input showing a problem of this field's own settings; null for its condition or its block's children. */
    private static String localInput(String path, String pointer) {
        if (pointer == null || !path.startsWith(pointer + "/")) {
            return null;
        }
        String setting = path.substring(pointer.length() + 1).split("/")[0];
        return setting.equals("fields") || setting.equals("condition") ? null : FieldSettings.input(setting);
    }
}
