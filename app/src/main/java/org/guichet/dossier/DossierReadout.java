package org.guichet.dossier;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.guichet.document.DocumentId;
import org.guichet.dossier.internal.AnswerSummary;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormValidator;
import org.guichet.forms.FrenchGeography;
import org.guichet.forms.ValidationResult;
import org.guichet.procedure.ProcedureForms;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantContext;
import org.guichet.tenancy.TenantManagement;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A dossier's answers as people read them — page by page, in plain words, with the files attached —
 * for the usager's dossier page and the agents' view alike. Authorisation is the caller's.
 */
@Service
public class DossierReadout {

    /** One page of the form with the answers given on it. */
    public record Section(String pageId, String title, List<Row> rows) {}

    /** One answered question; {@code files} lists the documents attached through it, if any. */
    public record Row(String label, String answer, List<AttachedFile> files) {}

    /** A file attached to a dossier; {@code reference} names it in download links. */
    public record AttachedFile(String reference, String fileName, long sizeBytes, String contentType) {}

    private final ProcedureForms forms;
    private final DossierManagement dossiers;
    private final TenantManagement tenants;
    private final Clock clock;

    DossierReadout(ProcedureForms forms, DossierManagement dossiers, TenantManagement tenants, Clock clock) {
        this.forms = forms;
        this.dossiers = dossiers;
        this.tenants = tenants;
        this.clock = clock;
    }

    /** The dossier's current answers, only the pages and fields its conditions show. */
    @Transactional(readOnly = true)
    public List<Section> answersOf(Dossier dossier) {
        return answersOf(dossier, dossier.answersJson());
    }

    /** Answers stored as {@code answersJson} (the current ones or a revision's), read with the dossier's form version. */
    @Transactional(readOnly = true)
    public List<Section> answersOf(Dossier dossier, String answersJson) {
        FormDefinition form = forms.version(dossier.procedureId(), dossier.procedureVersion()).orElseThrow();
        ValidationResult read = validator().validateForm(form, DossierAnswers.fromJson(answersJson));
        return AnswerSummary.of(form, read.values(), read.visiblePageIds());
    }

    /**
     * The document behind a file reference, only when the file is attached to this dossier now or was in an
     * earlier revision: a reference taken from another dossier gives nothing.
     */
    @Transactional(readOnly = true)
    public Optional<DocumentId> attachment(Dossier dossier, String reference) {
        Stream<String> versions = Stream.concat(Stream.of(dossier.answersJson()),
                dossiers.revisions(dossier.id()).stream().map(AnswerRevision::answersJson));
        boolean attached = versions.map(DossierAnswers::fromJson)
                .anyMatch(answers -> answers.keys().stream()
                        .anyMatch(key -> answers.files(key).stream().anyMatch(f -> f.reference().equals(reference))));
        if (!attached) {
            return Optional.empty();
        }
        try {
            return Optional.of(new DocumentId(UUID.fromString(reference)));
        } catch (IllegalArgumentException notAnId) {
            return Optional.empty();
        }
    }

    private FormValidator validator() {
        ZoneId zone = tenants.findById(TenantContext.require()).map(Tenant::timeZone).orElse(ZoneId.of("Europe/Paris"));
        return new FormValidator(clock.withZone(zone), FrenchGeography.official());
    }
}
