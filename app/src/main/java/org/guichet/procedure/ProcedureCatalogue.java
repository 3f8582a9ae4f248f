package org.guichet.procedure;

import java.util.List;
import java.util.Optional;
import org.guichet.procedure.internal.ProcedureRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The current tenant's published démarches, as citizens browse and search them. */
@Service
public class ProcedureCatalogue {

    /** Longest query accepted; longer input is cut, not refused, since it is only a search. */
    static final int MAX_QUERY_LENGTH = 200;

    private final ProcedureRepository procedures;

    ProcedureCatalogue(ProcedureRepository procedures) {
        this.procedures = procedures;
    }

    /** Published démarches, by category then title; at most 500 (a tenant publishes far fewer). */
    @Transactional(readOnly = true)
    public List<Procedure> published() {
        return procedures.findPublished(500);
    }

    /** Published démarches matching {@code query} in French, ignoring accents and partial words. */
    @Transactional(readOnly = true)
    public List<Procedure> search(String query) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            return published();
        }
        if (q.length() > MAX_QUERY_LENGTH) {
            q = q.substring(0, MAX_QUERY_LENGTH);
        }
        return procedures.searchPublished(q, 50);
    }

    /** Titles of the current tenant's démarches in any state, by id, for lists of dossiers. */
    @Transactional(readOnly = true)
    public java.util.Map<java.util.UUID, String> titles() {
        return procedures.titles();
    }

    /** A démarche of the current tenant by id, in any state. */
    @Transactional(readOnly = true)
    public Optional<Procedure> findById(java.util.UUID id) {
        return procedures.findById(id);
    }

    /** Every démarche of the current tenant, in any state, for the studio (at most 1,000). */
    @Transactional(readOnly = true)
    public List<ProcedureSummary> all() {
        return procedures.summaries(1000);
    }

    /** State, version and last change of one démarche of the current tenant. */
    @Transactional(readOnly = true)
    public Optional<ProcedureSummary> summary(java.util.UUID id) {
        return procedures.summary(id);
    }

    /** A démarche citizens may see: published, or closed (its page then says where to go instead). */
    @Transactional(readOnly = true)
    public Optional<Procedure> findVisible(String slug) {
        return procedures.findBySlug(slug).filter(p -> p.state() != ProcedureState.BROUILLON);
    }
}
