package org.guichet.instruction.internal.routing;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.internal.InstructionAccess;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureForms;
import org.guichet.instruction.internal.routing.RoutingAdministration.Outcome;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Routing groups of a démarche, for its administrators (the URL rules require ADMINISTRATEUR; the
 * démarche must be one they administer, else 404). Each change is a POST answered by a redirect
 * to the list with a message; a refused one shows the list again with what to fix.
 */
@Controller
@RequestMapping("/agent/administration/demarches/{procedureId}/groupes")
class GroupsController {

    private static final int MAX_VALUES = 100;

    private final InstructionAccess access;
    private final GroupRepository groups;
    private final RoutingAdministration routing;
    private final ProcedureForms forms;

    GroupsController(InstructionAccess access, GroupRepository groups, RoutingAdministration routing, ProcedureForms forms) {
        this.access = access;
        this.groups = groups;
        this.routing = routing;
        this.forms = forms;
    }

    @GetMapping
    String list(@PathVariable String procedureId, @AuthenticationPrincipal GuichetPrincipal admin, Model model) {
        return page(procedure(admin, procedureId), model, Map.of());
    }

    @PostMapping
    String create(@PathVariable String procedureId, @RequestParam(defaultValue = "") String nom,
            @AuthenticationPrincipal GuichetPrincipal admin, Model model, RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        String name = nom.strip();
        if (name.length() < 2 || name.length() > 100) {
            return page(procedure, model, Map.of("nom", "routing.error.name"));
        }
        return outcome(routing.create(admin, procedure, name), procedure, model, redirect, "nom", "routing.done.created");
    }

    @PostMapping("/{groupId}/nom")
    String rename(@PathVariable String procedureId, @PathVariable String groupId, @RequestParam(defaultValue = "") String nom,
            @AuthenticationPrincipal GuichetPrincipal admin, Model model, RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        UUID group = id(groupId);
        String name = nom.strip();
        if (name.length() < 2 || name.length() > 100) {
            return page(procedure, model, Map.of("nom-" + group, "routing.error.name"));
        }
        return outcome(routing.rename(admin, procedure, group, name), procedure, model, redirect, "nom-" + group, "routing.done.renamed");
    }

    @PostMapping("/{groupId}/defaut")
    String makeDefault(@PathVariable String procedureId, @PathVariable String groupId,
            @AuthenticationPrincipal GuichetPrincipal admin, Model model, RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        return outcome(routing.makeDefault(admin, procedure, id(groupId)), procedure, model, redirect, null, "routing.done.default");
    }

    @PostMapping("/{groupId}/suppression")
    String delete(@PathVariable String procedureId, @PathVariable String groupId,
            @AuthenticationPrincipal GuichetPrincipal admin, Model model, RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        UUID group = id(groupId);
        return outcome(routing.delete(admin, procedure, group), procedure, model, redirect, "supprimer-" + group, "routing.done.deleted");
    }

    @PostMapping("/{groupId}/membres")
    String addMember(@PathVariable String procedureId, @PathVariable String groupId, @RequestParam(defaultValue = "") String agent,
            @AuthenticationPrincipal GuichetPrincipal admin, Model model, RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        UUID group = id(groupId);
        UUID account = parse(agent);
        if (account == null) {
            return page(procedure, model, Map.of("agent-" + group, "routing.error.agent"));
        }
        return outcome(routing.addMember(admin, procedure, group, account), procedure, model, redirect, "agent-" + group,
                "routing.done.memberAdded");
    }

    @PostMapping("/{groupId}/membres/{accountId}/retrait")
    String removeMember(@PathVariable String procedureId, @PathVariable String groupId, @PathVariable String accountId,
            @AuthenticationPrincipal GuichetPrincipal admin, Model model, RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        return outcome(routing.removeMember(admin, procedure, id(groupId), id(accountId)), procedure, model, redirect, null,
                "routing.done.memberRemoved");
    }

    @PostMapping("/{groupId}/regles")
    String addRules(@PathVariable String procedureId, @PathVariable String groupId, @RequestParam(defaultValue = "") String champ,
            @RequestParam(defaultValue = "") String valeurs, @AuthenticationPrincipal GuichetPrincipal admin, Model model,
            RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        UUID group = id(groupId);
        if (!routableFields(procedure).containsKey(champ)) {
            return page(procedure, model, Map.of("champ-" + group, "routing.error.field"));
        }
        List<String> values = Arrays.stream(valeurs.split("[,;\\n]")).map(String::strip).filter(v -> !v.isEmpty()).distinct().toList();
        if (values.isEmpty() || values.size() > MAX_VALUES || values.stream().anyMatch(v -> v.length() > 200)) {
            return page(procedure, model, Map.of("valeurs-" + group, "routing.error.values"));
        }
        return outcome(routing.addRules(admin, procedure, group, champ, values), procedure, model, redirect, null, "routing.done.ruleAdded");
    }

    @PostMapping("/{groupId}/regles/{ruleId}/retrait")
    String removeRule(@PathVariable String procedureId, @PathVariable String groupId, @PathVariable String ruleId,
            @AuthenticationPrincipal GuichetPrincipal admin, Model model, RedirectAttributes redirect) {
        Procedure procedure = procedure(admin, procedureId);
        return outcome(routing.removeRule(admin, procedure, id(groupId), id(ruleId)), procedure, model, redirect, null,
                "routing.done.ruleRemoved");
    }

    private String outcome(Outcome outcome, Procedure procedure, Model model, RedirectAttributes redirect, String field, String done) {
        return switch (outcome) {
            case DONE -> {
                redirect.addFlashAttribute("done", done);
                yield "redirect:/agent/administration/demarches/" + procedure.id() + "/groupes";
            }
            case NOT_FOUND -> throw notFound();
            case NAME_TAKEN -> page(procedure, model, Map.of(field, "routing.error.nameTaken"));
            case NOT_EMPTY -> page(procedure, model, Map.of(field, "routing.error.notEmpty"));
            case NOT_AN_AGENT -> page(procedure, model, Map.of(field, "routing.error.agent"));
        };
    }

    private String page(Procedure procedure, Model model, Map<String, String> errors) {
        model.addAttribute("procedure", procedure);
        model.addAttribute("groups", groups.groups(procedure.id()));
        model.addAttribute("fields", routableFields(procedure));
        model.addAttribute("agents", routing.eligibleMembers(procedure));
        model.addAttribute("errors", errors);
        return "instruction/groups";
    }

    /** The form's questions a rule may route on (choices, places), by id, with their labels. */
    private Map<String, String> routableFields(Procedure procedure) {
        Map<String, String> fields = new LinkedHashMap<>();
        forms.currentVersion(procedure.id()).flatMap(v -> forms.version(procedure.id(), v)).or(() -> forms.draft(procedure.id()))
                .ifPresent(form -> form.allFields().stream().filter(GroupsController::routable)
                        .forEach(f -> fields.put(f.id(), f.label())));
        return fields;
    }

    private static boolean routable(Field field) {
        return switch (field.type()) {
            case FieldType.SingleChoice s -> true;
            case FieldType.MultipleChoice m -> true;
            case FieldType.YesNo y -> true;
            case FieldType.CommunePicker c -> true;
            case FieldType.DepartementPicker d -> true;
            case FieldType.PostalAddressInput a -> true;
            case FieldType.ShortText t -> true;
            default -> false;
        };
    }

    private Procedure procedure(GuichetPrincipal admin, String procedureId) {
        Procedure procedure = access.requireProcedure(admin, id(procedureId));
        if (!access.mayAdminister(admin, procedure)) {
            throw notFound();
        }
        return procedure;
    }

    private static UUID id(String value) {
        UUID id = parse(value);
        if (id == null) {
            throw notFound();
        }
        return id;
    }

    private static UUID parse(String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
