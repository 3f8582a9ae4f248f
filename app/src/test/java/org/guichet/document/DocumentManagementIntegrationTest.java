package org.guichet.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.guichet.shared.AccountId;
import org.guichet.support.IntegrationTest;
import org.guichet.support.TestTenants.TestTenant;
import org.guichet.tenancy.TenantContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Documents are kept for their tenant only; refused uploads leave no trace. */
class DocumentManagementIntegrationTest extends IntegrationTest {

    @Autowired
    DocumentManagement documents;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    Environment env;

    private StoredDocument store(TestTenant tenant, byte[] content, String name, AccountId by) {
        return documents.store(tenant.id(), new ByteArrayInputStream(content), name, UploadLimits.defaults(), by);
    }

    @Test
    void storesAnUploadAndOpensItForItsTenant() throws Exception {
        TestTenant tenant = tenants.create();
        AccountId camille = tenants.account(tenant, "camille@example.org");
        byte[] pdf = SampleFiles.pdf();

        StoredDocument stored = store(tenant, pdf, "../Justificatif de domicile – EDF.pdf", camille);

        try (OpenDocument open = TenantContext.callAs(tenant.id(), () -> documents.open(stored.id())).orElseThrow()) {
            assertThat(open.content().readAllBytes()).isEqualTo(pdf);
            assertThat(open.document()).isEqualTo(stored);
        }
        assertThat(stored.fileName()).isEqualTo("Justificatif de domicile – EDF.pdf");
        assertThat(stored.contentType()).isEqualTo("application/pdf");
        assertThat(stored.size()).isEqualTo(pdf.length);
        assertThat(stored.sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(pdf)));
        assertThat(stored.createdBy()).isEqualTo(camille);
        assertThat(stored.attachmentDisposition()).contains("filename*=UTF-8''Justificatif%20de%20domicile%20%E2%80%93%20EDF.pdf");
    }

    @Test
    void anotherTenantCannotOpenOrSeeTheDocument() {
        TestTenant owner = tenants.create();
        TestTenant other = tenants.create();
        StoredDocument stored = store(owner, SampleFiles.png(), "carte.png", null);

        assertThat(TenantContext.callAs(other.id(), () -> documents.open(stored.id()))).isEmpty();
        assertThat(TenantContext.callAs(other.id(), () -> documents.find(stored.id()))).isEmpty();
        assertThat(documents.open(stored.id())).as("no tenant set").isEmpty();
        assertThat(TenantContext.callAs(owner.id(), () -> documents.find(stored.id()))).contains(stored);
    }

    @Test
    void aRefusedUploadLeavesNoRowAndNoFile() {
        TestTenant tenant = tenants.create();

        assertThatThrownBy(() -> store(tenant, SampleFiles.zip(), "photo.png", null))
                .isInstanceOf(DocumentRejectedException.ForbiddenType.class);
        assertThatThrownBy(() -> documents.store(tenant.id(), new ByteArrayInputStream(new byte[2048]), "a.pdf",
                UploadLimits.defaults().withMaxBytes(1024), null))
                .isInstanceOf(DocumentRejectedException.TooLarge.class);

        assertThat(TenantContext.callAs(tenant.id(), () -> jdbc.sql("select count(*) from document").query(Long.class).single()))
                .isZero();
        assertThat(dataDir().resolve("documents").resolve(tenant.id().toString())).doesNotExist();
    }

    @Test
    void keepsTheBytesInTheDataDirectoryAndNothingInTheSpool() throws IOException {
        TestTenant tenant = tenants.create();

        store(tenant, SampleFiles.text("Bonjour"), "note.txt", null);

        try (var files = Files.walk(dataDir().resolve("documents").resolve(tenant.id().toString()))) {
            assertThat(files.filter(Files::isRegularFile).count()).isEqualTo(1);
        }
        try (var spooled = Files.list(dataDir().resolve("spool"))) {
            assertThat(spooled).isEmpty();
        }
    }

    private Path dataDir() {
        return Path.of(env.getRequiredProperty("guichet.db.data-dir"));
    }
}
