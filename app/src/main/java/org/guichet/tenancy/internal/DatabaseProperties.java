package org.guichet.tenancy.internal;

import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the database is. With no {@code url}, an embedded PostgreSQL is started with its files in
 * {@code dataDir}/postgres and kept between runs.
 *
 * @param url JDBC URL of an existing PostgreSQL ({@code GUICHET_DB_URL})
 * @param user owner of the schema, used for migrations only ({@code GUICHET_DB_USER})
 * @param password its password ({@code GUICHET_DB_PASSWORD})
 * @param appUser the role the application runs as: no BYPASSRLS, not the owner of the tables
 * @param appPassword that role's password; required in production
 * @param dataDir where the embedded database and files live ({@code GUICHET_DATA_DIR})
 * @param poolSize connections in the application pool
 * @param statementTimeout the longest a statement of the application pool may run; long reads that
 *     are meant to be long (exports) lift it for their own transaction
 */
@ConfigurationProperties("guichet.db")
record DatabaseProperties(
        String url, String user, String password, String appUser, String appPassword, Path dataDir, Integer poolSize,
        Duration statementTimeout) {

    DatabaseProperties {
        user = blankToDefault(user, "postgres");
        password = password == null ? "" : password;
        appUser = blankToDefault(appUser, "guichet_app");
        appPassword = blankToDefault(appPassword, "guichet-app-local");
        dataDir = dataDir == null ? Path.of("data") : dataDir;
        poolSize = poolSize == null ? 10 : poolSize;
        statementTimeout = statementTimeout == null ? Duration.ofSeconds(30) : statementTimeout;
        if (!appUser.matches("[a-z_][a-z0-9_]{0,62}")) {
            throw new IllegalArgumentException("guichet.db.app-user must be a plain lower-case role name");
        }
    }

    boolean embedded() {
        return url == null || url.isBlank();
    }

    private static String blankToDefault(String value, String fallback) {
        return value == null || value.isBlank() ? fallback : value;
    }
}
