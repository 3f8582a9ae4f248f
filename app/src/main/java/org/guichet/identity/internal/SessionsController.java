package org.guichet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.tenancy.Tenant;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The person's open sessions, on every device, and ending the ones they do not recognise. Times
 * are shown in the tenant's time zone.
 */
@Controller
class SessionsController {

    private final AccountSessions sessions;
    private final SessionRevocation revocation;
    private final MessageSource messages;

    SessionsController(AccountSessions sessions, SessionRevocation revocation, MessageSource messages) {
        this.sessions = sessions;
        this.revocation = revocation;
        this.messages = messages;
    }

    /** One line of the list, ready to show. */
    public record SessionRow(String handle, boolean current, String browser, String address, String openedAt,
            String lastActiveAt) {}

    @GetMapping("/compte/sessions")
    String list(@AuthenticationPrincipal GuichetPrincipal principal, HttpServletRequest request, Locale locale,
            Model model) {
        Tenant tenant = Portals.tenant(request);
        String current = currentSessionId(request);
        DateTimeFormatter format = DateTimeFormatter
                .ofPattern(messages.getMessage("sessions.dateTimePattern", null, locale), locale)
                .withZone(tenant.timeZone());
        List<SessionRow> rows = sessions.list(principal.accountId()).stream()
                .map(s -> new SessionRow(s.handle(), s.id().equals(current), UserAgents.describe(s.userAgent()),
                        s.address(), format(format, s.createdAt()), format(format, s.lastAccessedAt())))
                .toList();
        model.addAttribute("sessions", rows);
        model.addAttribute("others", rows.stream().anyMatch(r -> !r.current()));
        return "identity/sessions";
    }

    @PostMapping("/compte/sessions/{handle}/fermeture")
    String end(@AuthenticationPrincipal GuichetPrincipal principal, @PathVariable String handle,
            HttpServletRequest request, RedirectAttributes redirect) {
        Tenant tenant = Portals.tenant(request);
        if (!revocation.endOne(tenant.id(), principal.accountId(), handle, currentSessionId(request),
                Portals.clientAddress(request))) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        redirect.addFlashAttribute("notice", "sessions.ended");
        return "redirect:/compte/sessions";
    }

    @PostMapping("/compte/sessions/fermeture-des-autres")
    String endOthers(@AuthenticationPrincipal GuichetPrincipal principal, HttpServletRequest request,
            RedirectAttributes redirect) {
        Tenant tenant = Portals.tenant(request);
        revocation.endOthers(tenant.id(), principal.accountId(), currentSessionId(request),
                Portals.clientAddress(request));
        redirect.addFlashAttribute("notice", "sessions.endedOthers");
        return "redirect:/compte/sessions";
    }

    private static String currentSessionId(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    private static String format(DateTimeFormatter format, Instant instant) {
        return instant == null ? "" : format.format(instant);
    }
}
