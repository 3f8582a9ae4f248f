package org.guichet.instruction.internal.dossier;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.guichet.dossier.AnswerRevision;
import org.guichet.dossier.Dossier;
import org.guichet.dossier.DossierManagement;
import org.guichet.dossier.DossierReadout;
import org.springframework.stereotype.Component;

/**
 * What the usager changed after submitting, edit by edit: the answers before each edit compared
 * with the answers after it (the next revision, or the current answers), question by question.
 */
@Component
class CitizenEdits {

    /** The edits shown, latest ones: enough to follow a dossier, bounded for a dossier edited endlessly. */
    static final int SHOWN = 20;

    /** One edit: when, and the questions whose answers changed. */
    record Edit(Instant at, List<Change> changes) {}

    /** One question, with its answer before and after (empty when there was none). */
    record Change(String question, String before, String after) {}

    private final DossierManagement dossiers;
    private final DossierReadout readout;

    CitizenEdits(DossierManagement dossiers, DossierReadout readout) {
        this.dossiers = dossiers;
        this.readout = readout;
    }

    /** The usager's edits after submission, latest first. */
    List<Edit> of(Dossier dossier) {
        List<AnswerRevision> revisions = dossiers.revisions(dossier.id());
        List<Edit> edits = new ArrayList<>();
        int first = Math.max(0, revisions.size() - SHOWN);
        for (int i = revisions.size() - 1; i >= first; i--) {
            String after = i + 1 < revisions.size() ? revisions.get(i + 1).answersJson() : dossier.answersJson();
            AnswerRevision before = revisions.get(i);
            edits.add(new Edit(before.replacedAt(), changes(answers(dossier, before.answersJson()), answers(dossier, after))));
        }
        return edits;
    }

    static List<Change> changes(Map<String, String> before, Map<String, String> after) {
        Set<String> questions = new LinkedHashSet<>(after.keySet());
        questions.addAll(before.keySet());
        return questions.stream()
                .filter(q -> !Objects.equals(before.get(q), after.get(q)))
                .map(q -> new Change(q, before.getOrDefault(q, ""), after.getOrDefault(q, "")))
                .toList();
    }

    /** Each answered question, named by its page and label, with its answer in plain words (files by name). */
    private Map<String, String> answers(Dossier dossier, String json) {
        Map<String, String> answers = new LinkedHashMap<>();
        for (var section : readout.answersOf(dossier, json)) {
            for (var row : section.rows()) {
                String value = row.files().isEmpty() ? row.answer()
                        : row.files().stream().map(DossierReadout.AttachedFile::fileName).collect(Collectors.joining(", "));
                answers.merge(section.title() + " — " + row.label(), value == null ? "" : value, (a, b) -> a + "\n" + b);
            }
        }
        return answers;
    }
}
