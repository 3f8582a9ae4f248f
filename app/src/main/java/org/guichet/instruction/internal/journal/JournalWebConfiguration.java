package org.guichet.instruction.internal.journal;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/** Puts the audit of dossier reads on the agents' dossier pages. */
@Configuration(proxyBeanMethods = false)
class JournalWebConfiguration implements WebMvcConfigurer {

    private final DossierReadAudit readAudit;

    JournalWebConfiguration(DossierReadAudit readAudit) {
        this.readAudit = readAudit;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        registry.addInterceptor(readAudit).addPathPatterns("/agent/dossiers/*", "/agent/dossiers/*/**");
    }
}
