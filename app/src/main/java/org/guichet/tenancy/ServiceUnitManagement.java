package org.guichet.tenancy;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.guichet.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The services (departments) of the current tenant. Every query runs under row-level security,
 * so an id from another tenant is simply not found.
 */
@Service
public class ServiceUnitManagement {

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    ServiceUnitManagement(JdbcClient jdbc, ApplicationEventPublisher events) {
        this.jdbc = jdbc;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<ServiceUnit> list() {
        return jdbc.sql("select * from service_unit order by name limit 1000").query(this::map).list();
    }

    @Transactional(readOnly = true)
    public Optional<ServiceUnit> find(UUID id) {
        return jdbc.sql("select * from service_unit where id = ?").param(id).query(this::map).optional();
    }

    /**
     * Creates a service in the current tenant.
     *
     * @throws TenantConflictException when the tenant already has a service of that name
     */
    @Transactional
    public UUID create(ServiceDetails details, String actor) {
        TenantId tenant = TenantContext.require();
        try {
            UUID id = jdbc.sql("""
                    insert into service_unit (tenant_id, name, email, phone, postal_address)
                    values (?, ?, ?, ?, ?) returning id""")
                    .params(tenant.value(), details.name(), details.email(), details.phone(), details.postalAddress())
                    .query(UUID.class).single();
            events.publishEvent(new ServiceUnitChanged(tenant, id, details.name(), actor, "created"));
            return id;
        } catch (DuplicateKeyException e) {
            throw new TenantConflictException("name");
        }
    }

    /** Changes a service; returns false when no such service exists in the current tenant. */
    @Transactional
    public boolean update(UUID id, ServiceDetails details, String actor) {
        TenantId tenant = TenantContext.require();
        try {
            int rows = jdbc.sql("update service_unit set name = ?, email = ?, phone = ?, postal_address = ? where id = ?")
                    .params(details.name(), details.email(), details.phone(), details.postalAddress(), id).update();
            if (rows == 1) {
                events.publishEvent(new ServiceUnitChanged(tenant, id, details.name(), actor, "updated"));
            }
            return rows == 1;
        } catch (DuplicateKeyException e) {
            throw new TenantConflictException("name");
        }
    }

    /** What an administrator enters for a service. */
    public record ServiceDetails(String name, String email, String phone, String postalAddress) {}

    private ServiceUnit map(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new ServiceUnit(rs.getObject("id", UUID.class), new TenantId(rs.getObject("tenant_id", UUID.class)),
                rs.getString("name"), rs.getString("email"), rs.getString("phone"), rs.getString("postal_address"));
    }
}
