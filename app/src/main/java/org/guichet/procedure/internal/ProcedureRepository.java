package org.guichet.procedure.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.procedure.Category;
import org.guichet.procedure.Procedure;
import org.guichet.procedure.ProcedureState;
import org.guichet.procedure.ProcedureSummary;
import org.guichet.procedure.SilenceRule;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads démarches of the current tenant (row-level security scopes every query). */
@Repository
public class ProcedureRepository {

    private static final String COLUMNS = """
            id, service_id, slug, title, summary, description, category, state, login_required, eligibility,
            documents, fees, processing_delay, silence_rule, silence_months, legal_basis, purpose,
            data_categories, recipients, retention_months, replaced_by, published_at""";

    private final JdbcClient jdbc;

    ProcedureRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Procedure> findPublished(int limit) {
        return jdbc.sql("select " + COLUMNS + " from procedure where state = 'PUBLIEE' order by category, title limit ?")
                .param(limit).query(ProcedureRepository::map).list();
    }

    /**
     * Full-text search in French (stemmed, accent-insensitive) or, for partial words and typos,
     * trigram similarity on the title; best matches first.
     */
    public List<Procedure> searchPublished(String query, int limit) {
        return jdbc.sql("select " + COLUMNS + " " + """
                 from procedure,
                      websearch_to_tsquery('guichet_french', :q) as tsq,
                      guichet_unaccent(lower(:q)) as plain
                 where state = 'PUBLIEE'
                   and (search @@ tsq
                        or guichet_unaccent(lower(title)) like '%' || plain || '%'
                        or word_similarity(plain, guichet_unaccent(lower(title))) > 0.4)
                 order by ts_rank(search, tsq) desc,
                          word_similarity(plain, guichet_unaccent(lower(title))) desc, title
                 limit :limit""")
                .param("q", query.replace("\\", "").replace("%", "").replace("_", " "))
                .param("limit", limit)
                .query(ProcedureRepository::map).list();
    }

    public java.util.Map<UUID, String> titles() {
        java.util.Map<UUID, String> titles = new java.util.HashMap<>();
        jdbc.sql("select id, title from procedure limit 10000")
                .query(rs -> {
                    titles.put(rs.getObject(1, UUID.class), rs.getString(2));
                });
        return titles;
    }

    /** Every démarche of the tenant for the studio, most recently changed first. */
    public List<ProcedureSummary> summaries(int limit) {
        return jdbc.sql("select id, slug, title, state, current_version, updated_at from procedure"
                        + " order by updated_at desc, title limit ?")
                .param(limit).query(ProcedureRepository::summary).list();
    }

    public Optional<ProcedureSummary> summary(UUID id) {
        return jdbc.sql("select id, slug, title, state, current_version, updated_at from procedure where id = ?")
                .param(id).query(ProcedureRepository::summary).optional();
    }

    private static ProcedureSummary summary(ResultSet rs, int row) throws SQLException {
        return new ProcedureSummary(rs.getObject("id", UUID.class), rs.getString("slug"), rs.getString("title"),
                ProcedureState.valueOf(rs.getString("state")), (Integer) rs.getObject("current_version"),
                rs.getTimestamp("updated_at").toInstant());
    }

    public Optional<Procedure> findById(UUID id) {
        return jdbc.sql("select " + COLUMNS + " from procedure where id = ?").param(id)
                .query(ProcedureRepository::map).optional();
    }

    public Optional<Procedure> findBySlug(String slug) {
        return jdbc.sql("select " + COLUMNS + " from procedure where slug = ?").param(slug)
                .query(ProcedureRepository::map).optional();
    }

    private static Procedure map(ResultSet rs, int row) throws SQLException {
        Timestamp published = rs.getTimestamp("published_at");
        return new Procedure(
                rs.getObject("id", UUID.class),
                rs.getObject("service_id", UUID.class),
                rs.getString("slug"),
                rs.getString("title"),
                rs.getString("summary"),
                rs.getString("description"),
                Category.valueOf(rs.getString("category")),
                ProcedureState.valueOf(rs.getString("state")),
                rs.getBoolean("login_required"),
                rs.getString("eligibility"),
                rs.getString("documents"),
                rs.getString("fees"),
                rs.getString("processing_delay"),
                SilenceRule.valueOf(rs.getString("silence_rule")),
                (Integer) rs.getObject("silence_months"),
                new Procedure.PersonalData(rs.getString("legal_basis"), rs.getString("purpose"),
                        rs.getString("data_categories"), rs.getString("recipients"), rs.getInt("retention_months")),
                rs.getObject("replaced_by", UUID.class),
                published == null ? null : published.toInstant());
    }
}
