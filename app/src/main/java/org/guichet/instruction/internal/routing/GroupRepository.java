package org.guichet.instruction.internal.routing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Routing groups, their members and rules. Row-level security scopes every statement to the
 * current tenant; statements that take a group id also take its démarche's, so a group of another
 * démarche is never found through the wrong URL.
 */
@Repository
public class GroupRepository {

    private final JdbcClient jdbc;

    GroupRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The groups of a démarche, default first, then in creation order (the order rules are tried in). */
    public List<RoutingGroup> groups(UUID procedureId) {
        List<RoutingGroup.Rule> rules = rules(procedureId);
        Map<UUID, List<RoutingGroup.Member>> members = new java.util.HashMap<>();
        jdbc.sql("""
                select m.group_id, a.id, a.given_name, a.family_name, a.email
                from instruction_group_member m join instruction_group g on g.id = m.group_id
                join account a on a.id = m.account_id
                where g.procedure_id = ? order by lower(a.family_name), lower(a.given_name), a.email""")
                .param(procedureId)
                .query(rs -> {
                    members.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                            .add(new RoutingGroup.Member(rs.getObject(2, UUID.class),
                                    displayName(rs.getString(3), rs.getString(4), rs.getString(5)), rs.getString(5)));
                });
        return jdbc.sql("""
                select g.id, g.name, g.is_default,
                       (select count(*) from dossier d where d.group_id = g.id and d.state <> 'BROUILLON') as dossiers
                from instruction_group g where g.procedure_id = ? order by g.is_default desc, g.created_at, g.name""")
                .param(procedureId)
                .query((rs, n) -> {
                    UUID id = rs.getObject("id", UUID.class);
                    return new RoutingGroup(id, procedureId, rs.getString("name"), rs.getBoolean("is_default"),
                            rs.getLong("dossiers"), List.copyOf(members.getOrDefault(id, List.of())),
                            rules.stream().filter(r -> r.groupId().equals(id)).toList());
                })
                .list();
    }

    public Optional<RoutingGroup> group(UUID procedureId, UUID groupId) {
        return groups(procedureId).stream().filter(g -> g.id().equals(groupId)).findFirst();
    }

    /** The rules of a démarche's groups, in the order they are tried. */
    public List<RoutingGroup.Rule> rules(UUID procedureId) {
        return jdbc.sql("""
                select r.id, r.group_id, r.field_id, r.value from routing_rule r join instruction_group g on g.id = r.group_id
                where g.procedure_id = ? order by g.created_at, g.name, r.created_at, r.value""")
                .param(procedureId)
                .query((rs, n) -> new RoutingGroup.Rule(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class),
                        rs.getString(3), rs.getString(4)))
                .list();
    }

    public Optional<UUID> defaultGroup(UUID procedureId) {
        return jdbc.sql("select id from instruction_group where procedure_id = ? and is_default").param(procedureId)
                .query(UUID.class).optional();
    }

    /** The groups an agent belongs to, with their démarche, for every démarche. */
    public List<Membership> memberships(UUID accountId) {
        return jdbc.sql("""
                select g.id, g.procedure_id, g.is_default from instruction_group_member m
                join instruction_group g on g.id = m.group_id where m.account_id = ?""")
                .param(accountId)
                .query((rs, n) -> new Membership(rs.getObject(1, UUID.class), rs.getObject(2, UUID.class), rs.getBoolean(3)))
                .list();
    }

    /** The group a dossier is in; empty when it is in none (its démarche had no group when it arrived). */
    public Optional<UUID> groupOf(UUID dossierId) {
        return jdbc.sql("select group_id from dossier where id = ?").param(dossierId)
                .query((rs, n) -> Optional.ofNullable(rs.getObject(1, UUID.class))).optional().flatMap(g -> g);
    }

    public UUID insert(UUID procedureId, String name, boolean isDefault) {
        return jdbc.sql("insert into instruction_group (tenant_id, procedure_id, name, is_default) values (?, ?, ?, ?) returning id")
                .params(TenantContext.require().value(), procedureId, name, isDefault).query(UUID.class).single();
    }

    public boolean nameTaken(UUID procedureId, String name, UUID except) {
        return jdbc.sql("select exists (select 1 from instruction_group where procedure_id = ? and lower(name) = lower(?) and id <> ?)")
                .params(procedureId, name, except == null ? new UUID(0, 0) : except).query(Boolean.class).single();
    }

    public boolean rename(UUID procedureId, UUID groupId, String name) {
        return jdbc.sql("update instruction_group set name = ? where id = ? and procedure_id = ?")
                .params(name, groupId, procedureId).update() == 1;
    }

    /** Makes a group the default; the démarche's dossiers in no group join it. */
    public void makeDefault(UUID procedureId, UUID groupId) {
        jdbc.sql("update instruction_group set is_default = false where procedure_id = ? and is_default").param(procedureId).update();
        jdbc.sql("update instruction_group set is_default = true where id = ? and procedure_id = ?").params(groupId, procedureId).update();
        jdbc.sql("update dossier set group_id = ? where procedure_id = ? and group_id is null and state <> 'BROUILLON'")
                .params(groupId, procedureId).update();
    }

    /** Deletes a group holding no dossier; false when it holds some or is not the démarche's. */
    public boolean deleteIfEmpty(UUID procedureId, UUID groupId) {
        return jdbc.sql("""
                delete from instruction_group g where g.id = ? and g.procedure_id = ?
                and not exists (select 1 from dossier d where d.group_id = g.id)""")
                .params(groupId, procedureId).update() == 1;
    }

    public boolean addMember(UUID groupId, UUID accountId) {
        return jdbc.sql("""
                insert into instruction_group_member (tenant_id, group_id, account_id) values (?, ?, ?)
                on conflict do nothing""")
                .params(TenantContext.require().value(), groupId, accountId).update() == 1;
    }

    public boolean removeMember(UUID groupId, UUID accountId) {
        return jdbc.sql("delete from instruction_group_member where group_id = ? and account_id = ?")
                .params(groupId, accountId).update() == 1;
    }

    public Optional<UUID> addRule(UUID groupId, String fieldId, String value) {
        return jdbc.sql("""
                insert into routing_rule (tenant_id, group_id, field_id, value) values (?, ?, ?, ?)
                on conflict do nothing returning id""")
                .params(TenantContext.require().value(), groupId, fieldId, value).query(UUID.class).optional();
    }

    public boolean removeRule(UUID groupId, UUID ruleId) {
        return jdbc.sql("delete from routing_rule where id = ? and group_id = ?").params(ruleId, groupId).update() == 1;
    }

    /** Puts a submitted dossier in a group, unless it already is in one (a replayed event changes nothing). */
    public boolean route(UUID dossierId, UUID groupId) {
        return jdbc.sql("update dossier set group_id = ? where id = ? and group_id is null").params(groupId, dossierId).update() == 1;
    }

    static String displayName(String given, String family, String email) {
        String name = ((given == null ? "" : given) + " " + (family == null ? "" : family)).strip();
        return name.isEmpty() ? email : name;
    }

    /** An agent's membership of a group of a démarche. */
    public record Membership(UUID groupId, UUID procedureId, boolean isDefault) {}
}
