package org.guichet.procedure.internal.studio;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.guichet.forms.DefinitionProblem;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.Page;

/**
 * Turns the form engine's problems, located by JSON Pointer, into links to the studio page where each
 * one is fixed: the field's settings, its condition, or the page.
 */
final class ProblemLinks {

    /** A problem as the studio shows it: a message of the {@code i18n/forms} bundle and where to fix it. */
    record Link(String messageKey, Object[] args, String href) {}

    private ProblemLinks() {}

    static List<Link> of(UUID procedureId, FormDefinition form, List<DefinitionProblem> problems) {
        String base = StudioAccess.BASE + "/" + procedureId + "/formulaire";
        List<Link> links = new ArrayList<>();
        for (DefinitionProblem p : problems) {
            links.add(new Link(p.messageKey(), p.args().toArray(), base + target(form, p.path())));
        }
        return links;
    }

    /** The pointer of a field ({@code /pages/0/fields/2} or {@code /pages/0/fields/2/fields/1}); null if absent. */
    static String pointerOf(FormDefinition form, String fieldId) {
        for (int i = 0; i < form.pages().size(); i++) {
            List<Field> fields = form.pages().get(i).fields();
            for (int j = 0; j < fields.size(); j++) {
                String pointer = "/pages/" + i + "/fields/" + j;
                if (fields.get(j).id().equals(fieldId)) {
                    return pointer;
                }
                if (fields.get(j).type() instanceof FieldType.RepeatableBlock block) {
                    for (int k = 0; k < block.fields().size(); k++) {
                        if (block.fields().get(k).id().equals(fieldId)) {
                            return pointer + "/fields/" + k;
                        }
                    }
                }
            }
        }
        return null;
    }

    private static String target(FormDefinition form, String path) {
        String[] parts = path.split("/");
        // parts: "", "pages", i, "fields", j, ["fields", k], rest…
        Page page = index(parts, 2, form.pages().size()) >= 0 ? form.pages().get(index(parts, 2, form.pages().size())) : null;
        if (page == null) {
            return "";
        }
        if (parts.length > 4 && parts[3].equals("fields")) {
            int j = index(parts, 4, page.fields().size());
            if (j >= 0) {
                Field field = page.fields().get(j);
                int rest = 5;
                if (parts.length > 6 && parts[5].equals("fields") && field.type() instanceof FieldType.RepeatableBlock b) {
                    int k = index(parts, 6, b.fields().size());
                    if (k >= 0) {
                        field = b.fields().get(k);
                        rest = 7;
                    }
                }
                boolean condition = parts.length > rest && parts[rest].equals("condition");
                return "/champs/" + field.id() + (condition ? "/condition" : "");
            }
        }
        boolean condition = parts.length > 3 && parts[3].equals("condition");
        return condition ? "/pages/" + page.id() + "/condition" : "#page-" + page.id();
    }

    private static int index(String[] parts, int at, int size) {
        if (parts.length <= at || !parts[at].matches("\\d{1,4}")) {
            return -1;
        }
        int i = Integer.parseInt(parts[at]);
        return i < size ? i : -1;
    }
}
