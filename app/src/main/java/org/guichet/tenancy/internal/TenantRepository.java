package org.guichet.tenancy.internal;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.Tenant;
import org.guichet.tenancy.TenantKind;
import org.guichet.tenancy.TenantLogo;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Reads and writes the tenant registry. */
@Repository
public class TenantRepository {

    private static final String SELECT = """
            select t.id, t.slug, t.name, t.kind, t.time_zone, t.primary_colour,
                   t.postal_address, t.contact_email, t.contact_phone,
                   exists (select 1 from tenant_logo l where l.tenant_id = t.id) as has_logo,
                   coalesce((select array_agg(h.hostname::text order by h.position, h.hostname)
                             from tenant_hostname h where h.tenant_id = t.id), '{}') as hostnames
            from tenant t
            """;

    private final JdbcClient jdbc;

    TenantRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<Tenant> findByHostname(String hostname) {
        return jdbc.sql(SELECT + " where t.id = (select tenant_id from tenant_hostname where hostname = ?)")
                .param(hostname).query(TenantRepository::map).optional();
    }

    public Optional<Tenant> findById(TenantId id) {
        return jdbc.sql(SELECT + " where t.id = ?").param(id.value()).query(TenantRepository::map).optional();
    }

    public Optional<Tenant> findBySlug(String slug) {
        return jdbc.sql(SELECT + " where t.slug = ?").param(slug).query(TenantRepository::map).optional();
    }

    public List<Tenant> findAll() {
        return jdbc.sql(SELECT + " order by t.name").query(TenantRepository::map).list();
    }

    public TenantId insert(String slug, String name, TenantKind kind, ZoneId zone, Tenant.Contact contact) {
        UUID id = jdbc.sql("""
                insert into tenant (slug, name, kind, time_zone, postal_address, contact_email, contact_phone)
                values (?, ?, ?, ?, ?, ?, ?) returning id""")
                .params(slug, name, kind.name(), zone.getId(), contact.postalAddress(), contact.email(), contact.phone())
                .query(UUID.class).single();
        return new TenantId(id);
    }

    public boolean update(TenantId id, String name, TenantKind kind, ZoneId zone, String colour, Tenant.Contact contact) {
        return 1 == jdbc.sql("""
                update tenant set name = ?, kind = ?, time_zone = ?, primary_colour = ?,
                       postal_address = ?, contact_email = ?, contact_phone = ?
                where id = ?""")
                .params(name, kind.name(), zone.getId(), colour, contact.postalAddress(), contact.email(),
                        contact.phone(), id.value())
                .update();
    }

    public void addHostname(TenantId id, String hostname) {
        jdbc.sql("""
                insert into tenant_hostname (hostname, tenant_id, position)
                values (?, ?, (select count(*) from tenant_hostname where tenant_id = ?))""")
                .params(hostname, id.value(), id.value()).update();
    }

    /** Must run with {@code id} as the current tenant: logos are under row-level security. */
    public void upsertLogo(TenantId id, String contentType, byte[] bytes) {
        jdbc.sql("""
                insert into tenant_logo (tenant_id, content_type, bytes, updated_at) values (?, ?, ?, now())
                on conflict (tenant_id) do update
                    set content_type = excluded.content_type, bytes = excluded.bytes, updated_at = excluded.updated_at""")
                .params(id.value(), contentType, bytes).update();
    }

    /** Must run with {@code id} as the current tenant: logos are under row-level security. */
    public Optional<TenantLogo> findLogo(TenantId id) {
        return jdbc.sql("select content_type, bytes, updated_at from tenant_logo where tenant_id = ?")
                .param(id.value())
                .query((rs, row) -> new TenantLogo(rs.getString("content_type"), rs.getBytes("bytes"),
                        rs.getTimestamp("updated_at").toInstant()))
                .optional();
    }

    public boolean hostnameTaken(String hostname) {
        return jdbc.sql("select exists (select 1 from tenant_hostname where hostname = ?)")
                .param(hostname).query(Boolean.class).single();
    }

    private static Tenant map(ResultSet rs, int row) throws SQLException {
        Array hosts = rs.getArray("hostnames");
        return new Tenant(
                new TenantId(rs.getObject("id", UUID.class)),
                rs.getString("slug"),
                rs.getString("name"),
                TenantKind.valueOf(rs.getString("kind")),
                ZoneId.of(rs.getString("time_zone")),
                rs.getString("primary_colour"),
                rs.getBoolean("has_logo"),
                new Tenant.Contact(rs.getString("postal_address"), rs.getString("contact_email"),
                        rs.getString("contact_phone")),
                List.copyOf(Arrays.asList((String[]) hosts.getArray())));
    }
}
