package org.guichet.tenancy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.guichet.shared.TenantId;
import org.guichet.tenancy.TenantContext;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Hands out connections that carry the current tenant as the {@code guichet.tenant_id} setting,
 * which every row-level-security policy reads. The setting is written at every checkout, empty
 * when no tenant is set, so a pooled connection never keeps a previous request's tenant.
 */
final class TenantAwareDataSource extends DelegatingDataSource {

    private static final String SET_TENANT = "select set_config('guichet.tenant_id', ?, false)";

    TenantAwareDataSource(DataSource target) {
        super(target);
    }

    @Override
    public Connection getConnection() throws SQLException {
        return withTenant(super.getConnection());
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return withTenant(super.getConnection(username, password));
    }

    private static Connection withTenant(Connection connection) throws SQLException {
        String tenant = TenantContext.current().map(TenantId::toString).orElse("");
        try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
            statement.setString(1, tenant);
            statement.execute();
        } catch (SQLException e) {
            connection.close();
            throw e;
        }
        return connection;
    }
}
