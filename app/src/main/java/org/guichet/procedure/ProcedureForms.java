package org.guichet.procedure;

import java.util.Optional;
import java.util.UUID;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormImport;
import org.guichet.forms.FormJson;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The forms of the current tenant's démarches: the working copy administrators edit, and the frozen
 * versions citizens file on. Stored as the form engine's canonical JSON.
 */
@Service
public class ProcedureForms {

    private final JdbcClient jdbc;

    ProcedureForms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The working copy of a démarche's form, as the studio edits it; empty before its first page. */
    @Transactional(readOnly = true)
    public Optional<FormDefinition> draft(UUID procedureId) {
        return jdbc.sql("select draft_form::text from procedure where id = ? and draft_form is not null")
                .param(procedureId).query(String.class).optional().map(ProcedureForms::parse);
    }

    /** Replaces the working copy; published versions are untouched. */
    @Transactional
    public boolean saveDraft(UUID procedureId, FormDefinition form) {
        return jdbc.sql("update procedure set draft_form = cast(? as jsonb), updated_at = now() where id = ?")
                .params(FormJson.write(form), procedureId).update() == 1;
    }

    /** A published version of a démarche's form. */
    @Transactional(readOnly = true)
    public Optional<FormDefinition> version(UUID procedureId, int version) {
        return jdbc.sql("select form::text from procedure_version where procedure_id = ? and version = ?")
                .params(procedureId, version).query(String.class).optional().map(ProcedureForms::parse);
    }

    /** The version new dossiers are started on; empty before the first publication. */
    @Transactional(readOnly = true)
    public Optional<Integer> currentVersion(UUID procedureId) {
        return jdbc.sql("select current_version from procedure where id = ?").param(procedureId)
                .query((rs, n) -> (Integer) rs.getObject(1)).optional();
    }

    private static FormDefinition parse(String json) {
        FormImport imported = FormJson.read(json);
        if (!imported.ok()) {
            throw new IllegalStateException("A stored form does not read back: " + imported.problems());
        }
        return imported.definition();
    }
}
