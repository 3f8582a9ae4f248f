package org.guichet.procedure;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.forms.FormDefinition;
import org.guichet.procedure.internal.ProcedureRepository;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, changes, copies, publishes and closes the current tenant's démarches. Publishing enforces what the law
 * requires a citizen to be told: the silence rule and its delay, the legal basis and the personal
 * data declarations with their retention period (DOMAIN.md rules 5 and 7); it freezes the form as
 * a new version, so dossiers already filed stay on the version they were filed on.
 */
@Service
public class ProcedureManagement {

    private final JdbcClient jdbc;
    private final ProcedureRepository procedures;
    private final ProcedureForms forms;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ProcedureManagement(JdbcClient jdbc, ProcedureRepository procedures, ProcedureForms forms,
            ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.forms = forms;
        this.procedures = procedures;
        this.events = events;
        this.clock = clock;
    }

    /** Creates a draft démarche (demo data and tests; the studio uses {@link #createDraft(ProcedureDetails, String)}). */
    @Transactional
    public UUID createDraft(ProcedureDetails d) {
        var pd = d.personalData();
        try {
            return jdbc.sql("""
                    insert into procedure (tenant_id, service_id, slug, title, summary, description, category,
                        login_required, eligibility, documents, fees, processing_delay, silence_rule, silence_months,
                        legal_basis, purpose, data_categories, recipients, retention_months)
                    values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) returning id""")
                    .params(TenantContext.require().value(), d.serviceId(), d.slug(), d.title(), d.summary(),
                            d.description(), d.category().name(), d.loginRequired(), d.eligibility(), d.documents(),
                            d.fees(), d.processingDelay(), d.silenceRule().name(), d.silenceMonths(), pd.legalBasis(),
                            pd.purpose(), pd.dataCategories(), pd.recipients(), pd.retentionMonths())
                    .query(UUID.class).single();
        } catch (DuplicateKeyException e) {
            throw new SlugRefusedException(SlugRefusedException.Reason.TAKEN, d.slug());
        }
    }

    /**
     * Creates a draft démarche on behalf of an administrator, who is recorded in the audit trail.
     *
     * @throws SlugRefusedException when another démarche of the tenant has the slug
     */
    @Transactional
    public UUID createDraft(ProcedureDetails details, String actor) {
        UUID id = createDraft(details);
        events.publishEvent(new ProcedureChanged(TenantContext.require(), id, actor, "created"));
        return id;
    }

    /**
     * Replaces what an administrator wrote about a démarche; returns false when the current tenant has
     * no such démarche.
     *
     * @throws SlugRefusedException when the slug is taken, or changed on a démarche already published
     *                              (citizens' links and dossiers point at it)
     */
    @Transactional
    public boolean update(UUID id, ProcedureDetails d, String actor) {
        Optional<Procedure> current = procedures.findById(id);
        if (current.isEmpty()) {
            return false;
        }
        if (current.get().state() != ProcedureState.BROUILLON && !current.get().slug().equals(d.slug())) {
            throw new SlugRefusedException(SlugRefusedException.Reason.FROZEN, d.slug());
        }
        var pd = d.personalData();
        try {
            jdbc.sql("""
                    update procedure set service_id = ?, slug = ?, title = ?, summary = ?, description = ?, category = ?,
                        login_required = ?, eligibility = ?, documents = ?, fees = ?, processing_delay = ?,
                        silence_rule = ?, silence_months = ?, legal_basis = ?, purpose = ?, data_categories = ?,
                        recipients = ?, retention_months = ?, updated_at = ?
                    where id = ?""")
                    .params(d.serviceId(), d.slug(), d.title(), d.summary(), d.description(), d.category().name(),
                            d.loginRequired(), d.eligibility(), d.documents(), d.fees(), d.processingDelay(),
                            d.silenceRule().name(), d.silenceMonths(), pd.legalBasis(), pd.purpose(),
                            pd.dataCategories(), pd.recipients(), pd.retentionMonths(), Timestamp.from(clock.instant()), id)
                    .update();
        } catch (DuplicateKeyException e) {
            throw new SlugRefusedException(SlugRefusedException.Reason.TAKEN, d.slug());
        }
        events.publishEvent(new ProcedureChanged(TenantContext.require(), id, actor, "updated"));
        return true;
    }

    /**
     * Copies a démarche's details and working form into a new draft at {@code slug}; empty when the
     * current tenant has no such démarche. Published versions are not copied: the copy starts afresh.
     *
     * @throws SlugRefusedException when another démarche of the tenant has the slug
     */
    @Transactional
    public Optional<UUID> copy(UUID id, String slug, String actor) {
        Optional<UUID> created;
        try {
            created = jdbc.sql("""
                    insert into procedure (tenant_id, service_id, slug, title, summary, description, category,
                        login_required, eligibility, documents, fees, processing_delay, silence_rule, silence_months,
                        legal_basis, purpose, data_categories, recipients, retention_months, draft_form)
                    select tenant_id, service_id, ?, title, summary, description, category, login_required, eligibility,
                        documents, fees, processing_delay, silence_rule, silence_months, legal_basis, purpose,
                        data_categories, recipients, retention_months, draft_form
                    from procedure where id = ? returning id""")
                    .params(slug, id).query(UUID.class).optional();
        } catch (DuplicateKeyException e) {
            throw new SlugRefusedException(SlugRefusedException.Reason.TAKEN, slug);
        }
        created.ifPresent(copy -> events.publishEvent(new ProcedureChanged(TenantContext.require(), copy, actor,
                "cloned")));
        return created;
    }

    /**
     * Publishes a draft.
     *
     * @throws PublicationRefusedException listing what must be completed first
     */
    @Transactional
    public void publish(UUID id, String actor) {
        Procedure p = procedures.findById(id).orElseThrow(() -> new PublicationRefusedException(List.of("procedure.publish.missing.procedure")));
        List<String> missing = new ArrayList<>(missingForPublication(p));
        Optional<FormDefinition> form = forms.draft(id).filter(f -> !f.allFields().isEmpty());
        if (form.isEmpty()) {
            missing.add("procedure.publish.missing.form");
        } else if (!form.get().problems().isEmpty()) {
            // The working copy may be half-built; citizens must only ever get a consistent form.
            missing.add("procedure.publish.missing.validForm");
        }
        if (!missing.isEmpty()) {
            throw new PublicationRefusedException(missing);
        }
        // Freeze the working copy as the next version: dossiers already started keep theirs.
        Timestamp now = Timestamp.from(clock.instant());
        int version = jdbc.sql("""
                insert into procedure_version (tenant_id, procedure_id, version, form, published_at, published_by)
                select tenant_id, id, coalesce(current_version, 0) + 1, draft_form, ?, ? from procedure where id = ?
                returning version""").params(now, actor, id).query(Integer.class).single();
        jdbc.sql("""
                update procedure set state = 'PUBLIEE', current_version = ?, published_at = coalesce(published_at, ?),
                       closed_at = null, updated_at = ?
                where id = ?""").params(version, now, now, id).update();
        events.publishEvent(new ProcedurePublished(TenantContext.require(), id, p.slug(), actor, false));
    }

    /** Closes a published démarche, optionally pointing citizens to its replacement. */
    @Transactional
    public void close(UUID id, Optional<UUID> replacement, String actor) {
        int rows = jdbc.sql("update procedure set state = 'CLOSE', closed_at = ?, replaced_by = ?, updated_at = ? where id = ?")
                .params(Timestamp.from(clock.instant()), replacement.orElse(null), Timestamp.from(clock.instant()), id)
                .update();
        if (rows == 1) {
            events.publishEvent(new ProcedurePublished(TenantContext.require(), id, null, actor, true));
        }
    }

    /** What must still be written before a démarche can be published, as message keys. */
    public static List<String> missingForPublication(Procedure p) {
        List<String> missing = new ArrayList<>();
        if (p.silenceRule() != SilenceRule.NONE && p.silenceMonths() == null) {
            missing.add("procedure.publish.missing.silenceDelay");
        }
        var data = p.personalData();
        if (data.legalBasis().isBlank()) {
            missing.add("procedure.publish.missing.legalBasis");
        }
        if (data.purpose().isBlank()) {
            missing.add("procedure.publish.missing.purpose");
        }
        if (data.dataCategories().isBlank()) {
            missing.add("procedure.publish.missing.dataCategories");
        }
        if (data.recipients().isBlank()) {
            missing.add("procedure.publish.missing.recipients");
        }
        return missing;
    }
}
