package org.guichet.instruction.internal.inbox;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Labels of démarches and the labels set on dossiers; row-level security keeps them to the tenant. */
@Repository
public class LabelRepository {

    /** govuk-frontend's tag colours, as the class suffix {@code govuk-tag--<colour>}. */
    static final List<String> COLOURS = List.of("grey", "green", "turquoise", "blue", "light-blue", "purple", "pink",
            "red", "orange", "yellow");

    private final JdbcClient jdbc;

    LabelRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Label> ofProcedures(Collection<UUID> procedureIds) {
        return jdbc.sql("""
                select id, procedure_id, name, colour from instruction_label
                where procedure_id = any(cast(? as uuid[])) order by lower(name), id""")
                .param(InboxRepository.Scope.array(List.copyOf(procedureIds)))
                .query((rs, n) -> new Label(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getString(3), rs.getString(4)))
                .list();
    }

    Optional<Label> find(UUID procedureId, UUID labelId) {
        return ofProcedures(List.of(procedureId)).stream().filter(l -> l.id().equals(labelId)).findFirst();
    }

    boolean nameTaken(UUID procedureId, String name) {
        return jdbc.sql("select exists (select 1 from instruction_label where procedure_id = ? and lower(name) = lower(?))")
                .params(procedureId, name).query(Boolean.class).single();
    }

    public UUID insert(UUID procedureId, String name, String colour) {
        return jdbc.sql("insert into instruction_label (tenant_id, procedure_id, name, colour) values (?, ?, ?, ?) returning id")
                .params(TenantContext.require().value(), procedureId, name, colour).query(UUID.class).single();
    }

    boolean delete(UUID procedureId, UUID labelId) {
        return jdbc.sql("delete from instruction_label where id = ? and procedure_id = ?").params(labelId, procedureId).update() == 1;
    }

    List<UUID> labelsOf(UUID dossierId) {
        return jdbc.sql("select label_id from dossier_label where dossier_id = ?").param(dossierId).query(UUID.class).list();
    }

    /** Replaces the dossier's labels with {@code labelIds}, keeping only labels of its démarche. */
    void replace(UUID dossierId, UUID procedureId, Collection<UUID> labelIds) {
        jdbc.sql("delete from dossier_label where dossier_id = ?").param(dossierId).update();
        jdbc.sql("""
                insert into dossier_label (tenant_id, dossier_id, label_id)
                select tenant_id, ?, id from instruction_label where procedure_id = ? and id = any(cast(? as uuid[]))""")
                .params(dossierId, procedureId, InboxRepository.Scope.array(List.copyOf(labelIds))).update();
    }

    boolean follows(UUID accountId, UUID dossierId) {
        return jdbc.sql("select exists (select 1 from dossier_follower where account_id = ? and dossier_id = ?)")
                .params(accountId, dossierId).query(Boolean.class).single();
    }

    boolean follow(UUID accountId, UUID dossierId) {
        return jdbc.sql("insert into dossier_follower (tenant_id, dossier_id, account_id) values (?, ?, ?) on conflict do nothing")
                .params(TenantContext.require().value(), dossierId, accountId).update() == 1;
    }

    boolean unfollow(UUID accountId, UUID dossierId) {
        return jdbc.sql("delete from dossier_follower where account_id = ? and dossier_id = ?").params(accountId, dossierId).update() == 1;
    }

    Optional<UUID> assigneeOf(UUID dossierId) {
        return jdbc.sql("select assigned_to from dossier where id = ?").param(dossierId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional().flatMap(a -> a);
    }

    void assign(UUID dossierId, UUID accountId) {
        jdbc.sql("update dossier set assigned_to = ? where id = ?").params(accountId, dossierId).update();
    }

    /** A label of a démarche. */
    public record Label(UUID id, UUID procedureId, String name, String colour) {}
}
