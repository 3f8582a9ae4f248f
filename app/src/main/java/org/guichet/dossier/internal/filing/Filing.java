package org.guichet.dossier.internal.filing;

import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierAnswers;
import org.guichet.dossier.ApplicantAccess;
import org.guichet.identity.GuichetPrincipal;
import jakarta.servlet.http.HttpServletRequest;
import org.guichet.forms.Answers;
import org.guichet.forms.Condition;
import org.guichet.forms.Field;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormValidator;
import org.guichet.forms.FrenchGeography;
import org.guichet.forms.Page;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureCatalogue;
import org.guichet.procedure.ProcedureForms;
import org.guichet.shared.AccountId;
import org.guichet.tenancy.Tenant;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;

/** Loads what a filing page needs: the usager's own dossier, its démarche and the form version it is on. */
@Component
class Filing {

    private final ApplicantAccess access;
    private final ProcedureCatalogue procedures;
    private final ProcedureForms forms;
    private final Clock clock;

    Filing(ApplicantAccess access, ProcedureCatalogue procedures, ProcedureForms forms, Clock clock) {
        this.access = access;
        this.procedures = procedures;
        this.forms = forms;
        this.clock = clock;
    }

    /** A dossier being filed, with everything needed to show and check its pages. */
    record Context(Dossier dossier, Procedure procedure, FormDefinition form, Answers answers) {

        Page page(String pageId) {
            return form.page(pageId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        }

        /** The same filing once its dossier was saved: the démarche and the form version do not change. */
        Context saved(Dossier dossier) {
            return new Context(dossier, procedure, form, DossierAnswers.fromJson(dossier.answersJson()));
        }
    }

    /** The dossier if this visitor may fill it in (its owner, or the session holding it); 404 otherwise. */
    Context load(String id, GuichetPrincipal me, HttpServletRequest request) {
        Dossier dossier = access.find(id, me, request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        Procedure procedure = procedures.findById(dossier.procedureId()).orElseThrow();
        FormDefinition form = forms.version(dossier.procedureId(), dossier.procedureVersion()).orElseThrow();
        return new Context(dossier, procedure, form, DossierAnswers.fromJson(dossier.answersJson()));
    }

    /** The form engine, with "today" in the tenant's time zone. */
    FormValidator validator(Tenant tenant) {
        return new FormValidator(clock.withZone(tenant.timeZone()), FrenchGeography.official());
    }

    /**
     * Fields of a page hidden by a condition on earlier pages. A condition on a field of the same page
     * cannot be known before the page is sent, so such fields are always shown (and ignored when the
     * condition turns out false).
     */
    Set<String> hiddenOnPage(FormValidator validator, Context context, Page page) {
        Set<String> hidden = new HashSet<>(validator.hiddenFieldIds(context.form(), context.answers()));
        Set<String> samePage = new HashSet<>(page.fields().stream().map(Field::id).toList());
        for (Field field : page.fields()) {
            if (field.condition() != null && references(field.condition()).stream().anyMatch(samePage::contains)) {
                hidden.remove(field.id());
            }
        }
        return hidden;
    }

    static List<String> references(Condition condition) {
        return switch (condition) {
            case Condition.Comparison c -> List.of(c.fieldId());
            case Condition.All all -> all.conditions().stream().flatMap(c -> references(c).stream()).toList();
            case Condition.Any any -> any.conditions().stream().flatMap(c -> references(c).stream()).toList();
        };
    }
}
