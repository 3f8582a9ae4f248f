package org.guichet.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.util.Arrays;
import org.guichet.support.AuditTrail;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.guichet.support.TestTenants.TestTenant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;

/** A tenant's logo: PNG or JPEG by content, 200 KB at most, served on the tenant's own host. */
class TenantLogoIntegrationTest extends IntegrationTest {

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R'};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 0x10, 'J', 'F', 'I', 'F'};

    @Autowired
    JdbcClient jdbc;

    TestTenant tenant;
    Cookie operator;

    @BeforeEach
    void platformAdministratorSignsIn() {
        tenant = tenants.create();
        operator = SignIn.session(mvc, PlatformAdministrationIntegrationTest.PLATFORM_HOST,
                PlatformAdministrationIntegrationTest.OPERATOR, PlatformAdministrationIntegrationTest.OPERATOR_PASSWORD);
    }

    @Test
    void aTenantWithoutLogoAnswersNotFound() throws Exception {
        mvc.perform(get("/branding/logo").with(SignIn.on(tenant.host()))).andExpect(status().isNotFound());
    }

    @Test
    void storesAPngAndServesItOnlyOnTheTenantsHostWithCaching() throws Exception {
        upload(new MockMultipartFile("logo", "logo.png", "image/png", PNG)).andExpect(status().isFound());

        mvc.perform(get("/branding/logo").with(SignIn.on(tenant.host())))
                .andExpect(status().isOk())
                .andExpect(header().string("Content-Type", "image/png"))
                .andExpect(header().string("Cache-Control", containsString("max-age=300")))
                .andExpect(content().bytes(PNG));
        mvc.perform(get("/branding/logo").with(SignIn.on(tenants.create().host()))).andExpect(status().isNotFound());
        AuditTrail.awaitAction(jdbc, tenant.id(), "tenancy.tenant.logo-changed", tenant.id().toString());
    }

    @Test
    void readsTheTypeFromTheContentNotFromTheDeclaredType() throws Exception {
        upload(new MockMultipartFile("logo", "logo.png", "image/png", JPEG)).andExpect(status().isFound());

        mvc.perform(get("/branding/logo").with(SignIn.on(tenant.host())))
                .andExpect(header().string("Content-Type", "image/jpeg"));
    }

    @Test
    void refusesWhatIsNotAPngOrJpegAndWhatIsTooLarge() throws Exception {
        byte[] svg = "<svg xmlns=\"http://www.w3.org/2000/svg\"><script>alert(1)</script></svg>".getBytes();
        byte[] gif = {'G', 'I', 'F', '8', '9', 'a', 1, 0, 1, 0};
        byte[] large = Arrays.copyOf(PNG, 200 * 1024 + 1);

        upload(new MockMultipartFile("logo", "logo.png", "image/png", svg))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Le fichier n’est pas une image PNG ou JPEG")));
        upload(new MockMultipartFile("logo", "logo.gif", "image/gif", gif))
                .andExpect(content().string(containsString("Le fichier n’est pas une image PNG ou JPEG")));
        upload(new MockMultipartFile("logo", "logo.png", "image/png", large))
                .andExpect(content().string(containsString("Le fichier dépasse 200 Ko")));
        upload(new MockMultipartFile("logo", "", "application/octet-stream", new byte[0]))
                .andExpect(content().string(containsString("Choisissez un fichier d’image PNG ou JPEG")));

        mvc.perform(get("/branding/logo").with(SignIn.on(tenant.host()))).andExpect(status().isNotFound());
    }

    private org.springframework.test.web.servlet.ResultActions upload(MockMultipartFile file) throws Exception {
        return mvc.perform(multipart("/plateforme/collectivites/" + tenant.id() + "/logo").file(file)
                .with(SignIn.as(PlatformAdministrationIntegrationTest.PLATFORM_HOST, operator)).with(csrf()));
    }
}
