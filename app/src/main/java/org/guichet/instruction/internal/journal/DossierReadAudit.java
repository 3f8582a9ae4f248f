package org.guichet.instruction.internal.journal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.instruction.DossierConsulted;
import org.guichet.tenancy.TenantContext;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * Records every dossier page or document an agent read (DOMAIN.md rule 9): a successful GET of
 * {@code /agent/dossiers/{id}} or below. Only after the response: a refused or unknown dossier (404)
 * was not read. The inbox list is not a dossier read.
 */
@Component
class DossierReadAudit implements HandlerInterceptor {

    private static final Pattern DOSSIER_PAGE = Pattern.compile(
            "^/agent/dossiers/([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(/.*)?$");

    private final ApplicationEventPublisher events;
    private final TransactionTemplate tx;

    DossierReadAudit(ApplicationEventPublisher events, TransactionTemplate tx) {
        this.events = events;
        this.tx = tx;
    }

    @Override
    public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception ex) {
        if (!"GET".equals(request.getMethod()) || ex != null || response.getStatus() / 100 != 2) {
            return;
        }
        String path = request.getRequestURI().substring(request.getContextPath().length());
        Matcher page = DOSSIER_PAGE.matcher(path);
        Authentication who = SecurityContextHolder.getContext().getAuthentication();
        if (!page.matches() || who == null || !(who.getPrincipal() instanceof GuichetPrincipal agent)) {
            return;
        }
        TenantContext.current().ifPresent(tenant -> tx.executeWithoutResult(status -> events.publishEvent(
                new DossierConsulted(tenant, UUID.fromString(page.group(1)), agent.accountId().value(),
                        path, request.getRemoteAddr()))));
    }
}
