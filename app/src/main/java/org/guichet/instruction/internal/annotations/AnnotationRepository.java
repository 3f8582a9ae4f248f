package org.guichet.instruction.internal.annotations;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.guichet.instruction.AnnotationField;
import org.guichet.instruction.AnnotationType;
import org.guichet.instruction.AnnotationValue;
import org.guichet.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Annotation fields and values of the current tenant; row-level security scopes every statement. */
@Repository
public class AnnotationRepository {

    private final JdbcClient jdbc;

    AnnotationRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<AnnotationField> fields(UUID procedureId) {
        return jdbc.sql("select id, procedure_id, label, type, options, position from annotation_field"
                        + " where procedure_id = ? order by position, id")
                .param(procedureId).query(AnnotationRepository::field).list();
    }

    /** Appends a field after the démarche's others; a lock per démarche gives two additions distinct places. */
    public void insertField(TenantId tenant, AnnotationField field) {
        jdbc.sql("select pg_advisory_xact_lock(hashtextextended(?, 0))").param(field.procedureId().toString()).query((rs, n) -> 0).single();
        jdbc.sql("""
                insert into annotation_field (id, tenant_id, procedure_id, label, type, options, position)
                values (?, ?, ?, ?, ?, ?, (select coalesce(max(position), 0) + 1 from annotation_field where procedure_id = ?))""")
                .params(field.id(), tenant.value(), field.procedureId(), field.label(), field.type().name(),
                        field.options().toArray(String[]::new), field.procedureId())
                .update();
    }

    public boolean deleteField(UUID procedureId, UUID fieldId) {
        return jdbc.sql("delete from annotation_field where procedure_id = ? and id = ?").params(procedureId, fieldId).update() == 1;
    }

    public void setPosition(UUID fieldId, int position) {
        jdbc.sql("update annotation_field set position = ? where id = ?").params(position, fieldId).update();
    }

    public List<AnnotationValue> values(UUID dossierId) {
        return jdbc.sql("select field_id, value, updated_by, updated_at from annotation_value where dossier_id = ?")
                .param(dossierId)
                .query((rs, n) -> new AnnotationValue(rs.getObject("field_id", UUID.class), rs.getString("value"),
                        rs.getObject("updated_by", UUID.class), rs.getTimestamp("updated_at").toInstant()))
                .list();
    }

    public void upsertValue(TenantId tenant, UUID dossierId, UUID fieldId, String value, UUID by, Instant at) {
        jdbc.sql("""
                insert into annotation_value (tenant_id, dossier_id, field_id, value, updated_by, updated_at)
                values (?, ?, ?, ?, ?, ?)
                on conflict (dossier_id, field_id) do update
                set value = excluded.value, updated_by = excluded.updated_by, updated_at = excluded.updated_at""")
                .params(tenant.value(), dossierId, fieldId, value, by, Timestamp.from(at)).update();
    }

    public void deleteValue(UUID dossierId, UUID fieldId) {
        jdbc.sql("delete from annotation_value where dossier_id = ? and field_id = ?").params(dossierId, fieldId).update();
    }

    private static AnnotationField field(ResultSet rs, int n) throws SQLException {
        Array options = rs.getArray("options");
        return new AnnotationField(rs.getObject("id", UUID.class), rs.getObject("procedure_id", UUID.class),
                rs.getString("label"), AnnotationType.valueOf(rs.getString("type")),
                List.of((String[]) options.getArray()), rs.getInt("position"));
    }
}
