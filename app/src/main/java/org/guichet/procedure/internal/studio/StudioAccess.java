package org.guichet.procedure.internal.studio;

import java.util.UUID;
import java.util.function.UnaryOperator;
import org.guichet.forms.FormDefinition;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureForms;
import org.guichet.procedure.ProcedureSummary;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/**
 * Finds the démarche a studio page works on. The URL rules let only administrators in; row-level
 * security then scopes every read to the request's tenant, so another tenant's id, like a made-up one,
 * is not found (404) and nothing is changed.
 */
@Component
class StudioAccess {

    static final String BASE = "/agent/administration/demarches";

    private final ProcedureCatalogue catalogue;
    private final ProcedureForms forms;

    StudioAccess(ProcedureCatalogue catalogue, ProcedureForms forms) {
        this.catalogue = catalogue;
        this.forms = forms;
    }

    Procedure procedure(UUID id) {
        return catalogue.findById(id).orElseThrow(StudioAccess::notFound);
    }

    ProcedureSummary summary(UUID id) {
        return catalogue.summary(id).orElseThrow(StudioAccess::notFound);
    }

    /** The working copy of the form; no pages before the first one is added. */
    FormDefinition form(UUID id) {
        procedure(id);
        return forms.draft(id).orElse(FormDefinition.of());
    }

    /** Saves an administrator's change to the working copy, or answers 404 for a démarche not found. */
    FormDefinition edit(UUID id, UnaryOperator<FormDefinition> change, String actor) {
        return forms.edit(id, change, actor).orElseThrow(StudioAccess::notFound);
    }

    static String home(UUID id) {
        return "redirect:" + BASE + "/" + id;
    }

    static String formPage(UUID id) {
        return "redirect:" + BASE + "/" + id + "/formulaire";
    }

    static ResponseStatusException notFound() {
        return new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
}
