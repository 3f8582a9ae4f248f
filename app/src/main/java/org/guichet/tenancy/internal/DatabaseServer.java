package org.guichet.tenancy.internal;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The PostgreSQL server the platform uses: the configured one, or an embedded one it starts. */
final class DatabaseServer implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DatabaseServer.class);

    private static final String EMBEDDED_DATABASE = "guichet";

    private final String url;
    private final EmbeddedPostgres embedded;

    private DatabaseServer(String url, EmbeddedPostgres embedded) {
        this.url = url;
        this.embedded = embedded;
    }

    static DatabaseServer start(DatabaseProperties properties) {
        if (!properties.embedded()) {
            return new DatabaseServer(properties.url(), null);
        }
        Path dir = properties.dataDir().resolve("postgres").toAbsolutePath();
        try {
            Files.createDirectories(dir.getParent());
            log.info("Starting the embedded PostgreSQL with its files in {}", dir);
            EmbeddedPostgres pg = EmbeddedPostgres.builder()
                    .setDataDirectory(dir)
                    .setCleanDataDirectory(false)
                    .setPGStartupWait(Duration.ofSeconds(60))
                    .start();
            createDatabaseIfMissing(pg);
            return new DatabaseServer("jdbc:postgresql://localhost:" + pg.getPort() + "/" + EMBEDDED_DATABASE, pg);
        } catch (IOException | SQLException e) {
            throw new IllegalStateException("Could not start the embedded PostgreSQL in " + dir, e);
        }
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres pg) throws SQLException {
        try (Connection c = pg.getPostgresDatabase().getConnection();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1 from pg_database where datname = '" + EMBEDDED_DATABASE + "'")) {
            if (!rs.next()) {
                s.execute("create database " + EMBEDDED_DATABASE);
            }
        }
    }

    String url() {
        return url;
    }

    @Override
    public void close() throws IOException {
        if (embedded != null) {
            embedded.close();
        }
    }
}
