package org.guichet.portal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
import org.guichet.support.IntegrationTest;
import org.guichet.support.SignIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationContext;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;

/** Version-free WebJars paths still resolve, while page links are written as they are, not looked up. */
class StaticResourcesIntegrationTest extends IntegrationTest {

    @Autowired
    ApplicationContext context;

    @Test
    void webJarsResolveWithoutVersionAndLinksAreNotLookedUpAmongResources() throws Exception {
        mvc.perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.js").with(SignIn.on("saint-exemple.localhost")))
                .andExpect(status().isOk());
        @SuppressWarnings("rawtypes")
        Map<String, FilterRegistrationBean> registrations = context.getBeansOfType(FilterRegistrationBean.class);
        assertThat(registrations.values()).filteredOn(r -> r.getFilter() instanceof ResourceUrlEncodingFilter)
                .isNotEmpty().allMatch(r -> !r.isEnabled());
    }
}
