package org.guichet.procedure;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.guichet.forms.FormDefinition;
import org.guichet.forms.FormImport;
import org.guichet.forms.FormJson;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The forms of the current tenant's démarches: the working copy administrators edit, and the frozen
 * versions citizens file on. Stored as the form engine's canonical JSON.
 */
@Service
public class ProcedureForms {

    /** Far more published versions than citizens file on at once; each is a few kilobytes parsed. */
    private static final int PUBLISHED_KEPT = 1000;

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    // A published version never changes (publishing inserts the next one), and filing reads it on every
    // page: keep it parsed. The tenant is part of the key, so a version is only ever handed to the tenant
    // whose row-level security let it be read.
    private final Map<PublishedKey, FormDefinition> published = new LinkedHashMap<>(64, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<PublishedKey, FormDefinition> eldest) {
            return size() > PUBLISHED_KEPT;
        }
    };

    private record PublishedKey(TenantId tenant, UUID procedureId, int version) {}

    ProcedureForms(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    /**
     * The working copy of a démarche's form, as the studio edits it; empty before its first page. It may
     * have {@linkplain FormDefinition#problems() problems}: publishing refuses it until they are fixed.
     */
    @Transactional(readOnly = true)
    public Optional<FormDefinition> draft(UUID procedureId) {
        return jdbc.sql("select draft_form::text from procedure where id = ? and draft_form is not null")
                .param(procedureId).query(String.class).optional().map(ProcedureForms::parseWorkingCopy);
    }

    /**
     * Applies an administrator's change to the working copy, holding the démarche's row so that two
     * administrators editing at once cannot lose each other's changes. Empty when the current tenant has
     * no such démarche.
     *
     * @param change receives the working copy (no pages before the first change) and returns the new one
     * @throws IllegalArgumentException when the new working copy could not be stored and read back
     */
    @Transactional
    public Optional<FormDefinition> edit(UUID procedureId, UnaryOperator<FormDefinition> change, String actor) {
        Optional<String> stored = jdbc.sql("select coalesce(draft_form::text, '') from procedure where id = ? for update")
                .param(procedureId).query(String.class).optional();
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        FormDefinition current = stored.get().isEmpty() ? FormDefinition.of() : parseWorkingCopy(stored.get());
        FormDefinition changed = change.apply(current);
        String json = FormJson.write(changed);
        FormImport check = FormJson.readWorkingCopy(json);
        if (!check.ok()) {
            throw new IllegalArgumentException("The changed form would not read back: " + check.problems());
        }
        store(procedureId, json);
        events.publishEvent(new ProcedureChanged(TenantContext.require(), procedureId, actor, "form.updated"));
        return Optional.of(changed);
    }

    /**
     * Replaces the working copy with an imported form, which must have no problems; false when the
     * current tenant has no such démarche.
     */
    @Transactional
    public boolean importDraft(UUID procedureId, FormDefinition form, String actor) {
        if (!form.problems().isEmpty()) {
            throw new IllegalArgumentException("Only a form without problems may be imported");
        }
        boolean stored = store(procedureId, FormJson.write(form));
        if (stored) {
            events.publishEvent(new ProcedureChanged(TenantContext.require(), procedureId, actor, "form.imported"));
        }
        return stored;
    }

    private boolean store(UUID procedureId, String json) {
        return jdbc.sql("update procedure set draft_form = cast(? as jsonb), updated_at = now() where id = ?")
                .params(json, procedureId).update() == 1;
    }

    /** Replaces the working copy; published versions are untouched. */
    @Transactional
    public boolean saveDraft(UUID procedureId, FormDefinition form) {
        return store(procedureId, FormJson.write(form));
    }

    /** A published version of a démarche's form, read once per tenant and then kept. */
    public Optional<FormDefinition> version(UUID procedureId, int version) {
        Optional<TenantId> tenant = TenantContext.current();
        if (tenant.isEmpty()) {
            return readVersion(procedureId, version);
        }
        PublishedKey key = new PublishedKey(tenant.get(), procedureId, version);
        FormDefinition kept;
        synchronized (published) {
            kept = published.get(key);
        }
        if (kept != null) {
            return Optional.of(kept);
        }
        Optional<FormDefinition> read = readVersion(procedureId, version);
        read.ifPresent(form -> keepOnceCommitted(key, form));
        return read;
    }

    private void keepOnceCommitted(PublishedKey key, FormDefinition form) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            // Read inside a transaction: the row may be this transaction's own, and could still roll back.
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    keep(key, form);
                }
            });
        } else {
            keep(key, form);
        }
    }

    private void keep(PublishedKey key, FormDefinition form) {
        synchronized (published) {
            published.put(key, form);
        }
    }

    // One statement: no transaction needed around it.
    private Optional<FormDefinition> readVersion(UUID procedureId, int version) {
        return jdbc.sql("select form::text from procedure_version where procedure_id = ? and version = ?")
                .params(procedureId, version).query(String.class).optional().map(ProcedureForms::parse);
    }

    /** The version new dossiers are started on; empty before the first publication. */
    @Transactional(readOnly = true)
    public Optional<Integer> currentVersion(UUID procedureId) {
        return jdbc.sql("select current_version from procedure where id = ?").param(procedureId)
                .query((rs, n) -> (Integer) rs.getObject(1)).optional();
    }

    private static FormDefinition parseWorkingCopy(String json) {
        FormImport imported = FormJson.readWorkingCopy(json);
        if (!imported.ok()) {
            throw new IllegalStateException("A stored working copy does not read back: " + imported.problems());
        }
        return imported.definition();
    }

    private static FormDefinition parse(String json) {
        FormImport imported = FormJson.read(json);
        if (!imported.ok()) {
            throw new IllegalStateException("A stored form does not read back: " + imported.problems());
        }
        return imported.definition();
    }
}
