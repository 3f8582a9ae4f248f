package org.guichet.procedure.internal.studio;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.guichet.forms.Condition;
import org.guichet.forms.Field;
import org.guichet.forms.FieldType;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.Page;

/**
 * The studio's changes to a working copy, as pure functions: each returns a new definition and leaves
 * it unchanged when the page or field is not there (a stale form posted twice does no harm).
 */
final class FormEdits {

    private FormEdits() {}

    static FormDefinition addPage(FormDefinition form, String title) {
        List<Page> pages = new ArrayList<>(form.pages());
        pages.add(new Page(uniqueId(form, title), title, null, List.of()));
        return new FormDefinition(form.schemaVersion(), pages);
    }

    static FormDefinition changePage(FormDefinition form, String pageId, UnaryOperator<Page> change) {
        return new FormDefinition(form.schemaVersion(),
                form.pages().stream().map(p -> p.id().equals(pageId) ? change.apply(p) : p).toList());
    }

    static FormDefinition renamePage(FormDefinition form, String pageId, String title) {
        return changePage(form, pageId, p -> new Page(p.id(), title, p.condition(), p.fields()));
    }

    static FormDefinition pageCondition(FormDefinition form, String pageId, Condition condition) {
        return changePage(form, pageId, p -> new Page(p.id(), p.title(), condition, p.fields()));
    }

    static FormDefinition movePage(FormDefinition form, String pageId, int delta) {
        return new FormDefinition(form.schemaVersion(), move(form.pages(), indexOf(form.pages(), pageId), delta));
    }

    static FormDefinition deletePage(FormDefinition form, String pageId) {
        return new FormDefinition(form.schemaVersion(),
                form.pages().stream().filter(p -> !p.id().equals(pageId)).toList());
    }

    /** Adds {@code field} at the end of a page, or of a repeatable block when {@code blockId} is given. */
    static FormDefinition addField(FormDefinition form, String pageId, String blockId, Field field) {
        if (blockId != null) {
            return changeField(form, blockId, block -> block.type() instanceof FieldType.RepeatableBlock b
                    ? withType(block, new FieldType.RepeatableBlock(append(b.fields(), field), b.minRows(), b.maxRows()))
                    : block);
        }
        return changePage(form, pageId, p -> new Page(p.id(), p.title(), p.condition(), append(p.fields(), field)));
    }

    static FormDefinition changeField(FormDefinition form, String fieldId, UnaryOperator<Field> change) {
        return everyFieldList(form, fields -> fields.stream().map(f -> f.id().equals(fieldId) ? change.apply(f) : f).toList());
    }

    static FormDefinition fieldCondition(FormDefinition form, String fieldId, Condition condition) {
        return changeField(form, fieldId, f -> new Field(f.id(), f.label(), f.hint(), f.required(), condition, f.type()));
    }

    /** Moves a field up ({@code -1}) or down ({@code +1}) among its siblings (a page's, or a block's). */
    static FormDefinition moveField(FormDefinition form, String fieldId, int delta) {
        return everyFieldList(form, fields -> move(fields, indexOfField(fields, fieldId), delta));
    }

    static FormDefinition deleteField(FormDefinition form, String fieldId) {
        return everyFieldList(form, fields -> fields.stream().filter(f -> !f.id().equals(fieldId)).toList());
    }

    static Field withType(Field f, FieldType type) {
        return new Field(f.id(), f.label(), f.hint(), f.required(), f.condition(), type);
    }

    /** An identifier made from {@code text} that no page or field of the form has yet. */
    static String uniqueId(FormDefinition form, String text) {
        Set<String> used = new HashSet<>();
        form.pages().forEach(p -> used.add(p.id()));
        form.allFields().forEach(f -> used.add(f.id()));
        String base = Texts.identifier(text);
        String id = base;
        for (int n = 2; used.contains(id); n++) {
            id = base + "_" + n;
        }
        return id;
    }

    /** The page holding a field, directly or through its repeatable block. */
    static Optional<Page> pageOf(FormDefinition form, String fieldId) {
        return form.pages().stream().filter(p -> p.fields().stream().anyMatch(f -> f.id().equals(fieldId)
                || f.type() instanceof FieldType.RepeatableBlock b && indexOfField(b.fields(), fieldId) >= 0)).findFirst();
    }

    /** The repeatable block holding a field; empty for a field placed directly on a page. */
    static Optional<Field> blockOf(FormDefinition form, String fieldId) {
        return form.allFields().stream().filter(f -> f.type() instanceof FieldType.RepeatableBlock b
                && indexOfField(b.fields(), fieldId) >= 0).findFirst();
    }

    private static FormDefinition everyFieldList(FormDefinition form, UnaryOperator<List<Field>> change) {
        List<Page> pages = form.pages().stream().map(p -> new Page(p.id(), p.title(), p.condition(),
                change.apply(p.fields()).stream().map(f -> f.type() instanceof FieldType.RepeatableBlock b
                        ? withType(f, new FieldType.RepeatableBlock(change.apply(b.fields()), b.minRows(), b.maxRows()))
                        : f).toList())).toList();
        return new FormDefinition(form.schemaVersion(), pages);
    }

    private static <T> List<T> append(List<T> list, T item) {
        List<T> copy = new ArrayList<>(list);
        copy.add(item);
        return copy;
    }

    private static <T> List<T> move(List<T> list, int index, int delta) {
        int target = index + delta;
        if (index < 0 || target < 0 || target >= list.size()) {
            return list;
        }
        List<T> copy = new ArrayList<>(list);
        copy.add(target, copy.remove(index));
        return copy;
    }

    private static int indexOf(List<Page> pages, String id) {
        for (int i = 0; i < pages.size(); i++) {
            if (pages.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }

    private static int indexOfField(List<Field> fields, String id) {
        for (int i = 0; i < fields.size(); i++) {
            if (fields.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
