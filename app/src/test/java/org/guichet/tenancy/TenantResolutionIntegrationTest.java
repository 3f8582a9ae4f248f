package org.guichet.tenancy;

import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.guichet.support.IntegrationTest;
import org.junit.jupiter.api.Test;

/** The Host header decides the tenant; an unknown host learns nothing. */
class TenantResolutionIntegrationTest extends IntegrationTest {

    @Test
    void servesTheTenantOfTheHost() throws Exception {
        mvc.perform(get("/").with(r -> {
                    r.setServerName("saint-exemple.localhost");
                    return r;
                }))
                .andExpect(status().isOk())
                .andExpect(content().string(org.hamcrest.Matchers.containsString("Ville de Saint-Exemple")));
    }

    @Test
    void unknownHostGetsAPlainNotFoundThatRevealsNothing() throws Exception {
        mvc.perform(get("/connexion").with(r -> {
                    r.setServerName("forged.example.net");
                    return r;
                }))
                .andExpect(status().isNotFound())
                .andExpect(content().string("Not found\n"));
    }

    @Test
    void healthAnswersOnAnyHost() throws Exception {
        mvc.perform(get("/actuator/health/readiness").with(r -> {
                    r.setServerName("10.0.0.7");
                    return r;
                }))
                .andExpect(status().isOk());
    }
}
