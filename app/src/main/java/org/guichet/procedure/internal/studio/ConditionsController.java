package org.guichet.procedure.internal.studio;

import java.util.List;
import java.util.UUID;
import org.guichet.forms.Condition;
import org.guichet.forms.Field;
import org.guichet.forms.FormDefinition;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * When a field or a page is shown. A condition that reads but does not fit the form (a later field, an
 * option that does not exist) is saved all the same and listed on the editor's page with the engine's
 * explanation: the administrator may be about to move or add the field it needs.
 */
@Controller
@RequestMapping(StudioAccess.BASE + "/{id}/formulaire")
class ConditionsController {

    private static final String VIEW = "procedure/studio/condition";

    private final StudioAccess access;

    ConditionsController(StudioAccess access) {
        this.access = access;
    }

    @GetMapping("/champs/{fieldId}/condition")
    String fieldCondition(@PathVariable UUID id, @PathVariable String fieldId, Model model) {
        Field field = prepare(id, model, fieldId, null);
        model.addAttribute("conditionForm", ConditionForm.of(field.condition()));
        return VIEW;
    }

    @PostMapping("/champs/{fieldId}/condition")
    String saveFieldCondition(@PathVariable UUID id, @PathVariable String fieldId,
            @ModelAttribute ConditionForm conditionForm, BindingResult errors, Authentication who, Model model) {
        prepare(id, model, fieldId, null);
        Condition condition = conditionForm.toCondition(access.form(id), errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        access.edit(id, form -> FormEdits.fieldCondition(form, fieldId, condition), who.getName());
        return StudioAccess.formPage(id) + "#field-" + fieldId;
    }

    @GetMapping("/pages/{pageId}/condition")
    String pageCondition(@PathVariable UUID id, @PathVariable String pageId, Model model) {
        prepare(id, model, null, pageId);
        model.addAttribute("conditionForm", ConditionForm.of(access.form(id).page(pageId).orElseThrow().condition()));
        return VIEW;
    }

    @PostMapping("/pages/{pageId}/condition")
    String savePageCondition(@PathVariable UUID id, @PathVariable String pageId,
            @ModelAttribute ConditionForm conditionForm, BindingResult errors, Authentication who, Model model) {
        prepare(id, model, null, pageId);
        Condition condition = conditionForm.toCondition(access.form(id), errors);
        if (errors.hasErrors()) {
            return VIEW;
        }
        access.edit(id, form -> FormEdits.pageCondition(form, pageId, condition), who.getName());
        return StudioAccess.formPage(id) + "#page-" + pageId;
    }

    /** Puts what the page shows in the model: the target's name and the fields a condition may use. */
    private Field prepare(UUID id, Model model, String fieldId, String pageId) {
        FormDefinition form = access.form(id);
        Field field = null;
        if (fieldId != null) {
            field = form.field(fieldId).orElseThrow(StudioAccess::notFound);
            model.addAttribute("targetName", field.label());
            model.addAttribute("action", StudioAccess.BASE + "/" + id + "/formulaire/champs/" + fieldId + "/condition");
        } else {
            model.addAttribute("targetName", form.page(pageId).orElseThrow(StudioAccess::notFound).title());
            model.addAttribute("action", StudioAccess.BASE + "/" + id + "/formulaire/pages/" + pageId + "/condition");
        }
        model.addAttribute("isPage", pageId != null);
        model.addAttribute("procedure", access.procedure(id));
        List<Field> usable = form.allFields().stream().filter(Field::isInput).filter(f -> !f.id().equals(fieldId)).toList();
        model.addAttribute("usableFields", usable);
        model.addAttribute("operators", Condition.Operator.values());
        return field;
    }
}
