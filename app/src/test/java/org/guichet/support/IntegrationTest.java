package org.guichet.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of every test that needs the application and PostgreSQL. All of them share one Spring
 * context (same configuration), hence one server, one database and one migration run per JVM.
 * The database is {@code GUICHET_DB_URL} when set (CI creates a fresh one per run), else an
 * embedded PostgreSQL in a fresh temporary directory.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"logging.level.root=WARN", "logging.level.org.guichet=INFO"})
@AutoConfigureMockMvc
@Import({TestTenants.class, TestProcedures.class})
public abstract class IntegrationTest {

    private static final Path DATA_DIR = temporaryDataDir();

    @LocalServerPort
    protected int port;

    @Autowired
    protected TestTenants tenants;

    @Autowired
    protected MockMvc mvc;

    @Autowired
    protected TestProcedures demarches;

    @DynamicPropertySource
    static void testServers(DynamicPropertyRegistry registry) {
        registry.add("guichet.db.data-dir", DATA_DIR::toString);
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", () -> TestServers.MAIL.getSmtp().getPort());
        registry.add("guichet.notification.email", () -> "smtp");
        registry.add("guichet.demo", () -> "true");
    }

    /** The base URL of a tenant's portal, e.g. {@code http://saint-exemple.localhost:PORT}. */
    protected String urlOf(String hostname) {
        return "http://" + hostname + ":" + port;
    }

    private static Path temporaryDataDir() {
        try {
            return Files.createTempDirectory("guichet-test-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
