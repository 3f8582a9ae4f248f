package org.guichet.dossier.internal.filing;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.guichet.forms.Answers;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.identity.AccountManagement;

/**
 * What the platform already knows is not asked again: a new draft starts with the account's email
 * in email fields and its names in the fields conventionally named for them. The usager can change
 * them like any answer.
 */
final class Prefill {

    private static final Set<String> FAMILY_NAME_IDS = Set.of("nom", "nom_famille", "nom_naissance", "family_name");
    private static final Set<String> GIVEN_NAME_IDS = Set.of("prenom", "prenoms", "given_name");

    private Prefill() {}

    static Answers of(FormDefinition form, AccountManagement.Contact person) {
        Map<String, String> values = new LinkedHashMap<>();
        for (Field field : form.allFields()) {
            if (field.type() instanceof FieldType.EmailAddress && !values.containsValue(person.email())) {
                values.put(field.id(), person.email());
            } else if (field.type() instanceof FieldType.ShortText && FAMILY_NAME_IDS.contains(field.id())
                    && !person.familyName().isBlank()) {
                values.put(field.id(), person.familyName());
            } else if (field.type() instanceof FieldType.ShortText && GIVEN_NAME_IDS.contains(field.id())
                    && !person.givenName().isBlank()) {
                values.put(field.id(), person.givenName());
            }
        }
        return Answers.ofSingle(values);
    }
}
