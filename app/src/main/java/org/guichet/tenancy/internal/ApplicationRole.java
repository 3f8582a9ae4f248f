package org.guichet.tenancy.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import javax.sql.DataSource;

/**
 * Makes sure the role the application runs as exists, can log in and can use the schema, before
 * migrations run. The role is created without BYPASSRLS and owns no table, so every
 * row-level-security policy applies to it. Migrations grant it rights table by table.
 */
final class ApplicationRole {

    private ApplicationRole() {}

    static void ensure(DataSource admin, String role, String password) {
        try (Connection c = admin.getConnection()) {
            boolean exists;
            try (PreparedStatement q = c.prepareStatement("select 1 from pg_roles where rolname = ?")) {
                q.setString(1, role);
                try (ResultSet rs = q.executeQuery()) {
                    exists = rs.next();
                }
            }
            try (Statement s = c.createStatement()) {
                // The role name is validated as a plain identifier by DatabaseProperties.
                String literal = "'" + password.replace("'", "''") + "'";
                if (!exists) {
                    s.execute("create role " + role + " login nobypassrls password " + literal);
                } else {
                    s.execute("alter role " + role + " login nobypassrls password " + literal);
                }
                s.execute("grant usage on schema public to " + role);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not prepare the database role " + role
                    + "; create it yourself (LOGIN, NOBYPASSRLS) and set GUICHET_DB_APP_USER / GUICHET_DB_APP_PASSWORD", e);
        }
    }
}
