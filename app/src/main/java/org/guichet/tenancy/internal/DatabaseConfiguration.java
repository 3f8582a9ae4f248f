package org.guichet.tenancy.internal;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.util.Map;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Primary;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Two ways into the database: the schema owner, used only by Flyway, and the application role,
 * pooled and tenant-aware, used by everything else.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseProperties.class)
class DatabaseConfiguration {

    @Bean(destroyMethod = "close")
    DatabaseServer databaseServer(DatabaseProperties properties) {
        return DatabaseServer.start(properties);
    }

    @Bean
    @FlywayDataSource
    @Qualifier("migration")
    DataSource migrationDataSource(DatabaseServer server, DatabaseProperties properties) {
        SimpleDriverDataSource admin = new SimpleDriverDataSource(
                new org.postgresql.Driver(), server.url(), properties.user(), properties.password());
        ApplicationRole.ensure(admin, properties.appUser(), properties.appPassword());
        return admin;
    }

    @Bean
    FlywayConfigurationCustomizer applicationRolePlaceholder(DatabaseProperties properties) {
        return flyway -> flyway.placeholders(Map.of("appRole", properties.appUser()));
    }

    @Bean(destroyMethod = "")
    @Primary
    DataSource dataSource(DatabaseServer server, DatabaseProperties properties) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("guichet");
        config.setJdbcUrl(server.url());
        config.setUsername(properties.appUser());
        config.setPassword(properties.appPassword());
        config.setMaximumPoolSize(properties.poolSize());
        config.setMinimumIdle(Math.min(2, properties.poolSize()));
        // Fail fast rather than queue: also bounds shutdown when the embedded server stops first.
        config.setConnectionTimeout(5_000);
        // A query whose request was abandoned (the user left, a proxy gave up) would otherwise run on:
        // the benchmark once saw an inbox count hold a database core for 19 minutes.
        config.setConnectionInitSql("set statement_timeout = " + properties.statementTimeout().toMillis());
        return new TenantAwareDataSource(new HikariDataSource(config));
    }

    @Bean(destroyMethod = "close")
    HikariCloser hikariCloser(DataSource dataSource) {
        return new HikariCloser(dataSource);
    }

    /** Closes the pool before the embedded server stops (beans are destroyed in reverse order). */
    record HikariCloser(DataSource dataSource) implements AutoCloseable {
        @Override
        public void close() throws Exception {
            HikariDataSource pool = dataSource.unwrap(HikariDataSource.class);
            pool.close();
        }
    }
}
