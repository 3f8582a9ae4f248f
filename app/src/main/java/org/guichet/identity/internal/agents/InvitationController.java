package org.guichet.identity.internal.agents;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Optional;
import org.guichet.identity.GuichetPrincipal;
import org.guichet.identity.internal.agents.AgentChangeRefusedException.Reason;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.guichet.identity.internal.PasswordPolicy;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The invitation link. A person without an account here chooses a name and a password; a person
 * with one signs in with it and confirms. A link that is unknown, expired, cancelled or already
 * used gets a page saying so, and changes nothing.
 */
@Controller
@RequestMapping("/invitation/{token}")
class InvitationController {

    private static final String PAGE = "identity/agents/invitation";
    private static final String UNUSABLE = "identity/agents/invitation-unusable";

    private final AgentInvitations invitations;
    private final PasswordEncoder encoder;
    private final PasswordPolicy passwordPolicy;

    InvitationController(AgentInvitations invitations, PasswordEncoder encoder, PasswordPolicy passwordPolicy) {
        this.invitations = invitations;
        this.encoder = encoder;
        this.passwordPolicy = passwordPolicy;
    }

    @GetMapping
    String show(@PathVariable String token, Authentication authentication, Model model, HttpServletResponse response) {
        Optional<Invitation> found = invitations.byToken(token);
        if (found.isEmpty() || invitations.status(found.get()) != Invitation.Status.PENDING) {
            if (found.isPresent() && model.containsAttribute("welcome")) {
                return "identity/agents/invitation-accepted";
            }
            return unusable(found, model, response);
        }
        Invitation invitation = found.get();
        model.addAttribute("invitation", invitation);
        model.addAttribute("token", token);
        Optional<GuichetPrincipal> principal = Requests.principal(authentication);
        if (principal.isPresent()) {
            boolean same = principal.get().email().equalsIgnoreCase(invitation.email());
            model.addAttribute("step", same ? "confirm" : "wrongAccount");
        } else if (invitations.accountExists(invitation.email())) {
            model.addAttribute("step", "signIn");
        } else {
            model.addAttribute("step", "create");
            model.addAttribute("acceptanceForm", new AcceptanceForm());
        }
        return PAGE;
    }

    @PostMapping
    String createAccount(@PathVariable String token, @ModelAttribute AcceptanceForm acceptanceForm, BindingResult errors,
            HttpServletRequest request, HttpServletResponse response, Model model, RedirectAttributes redirect) {
        Optional<Invitation> found = invitations.byToken(token);
        if (found.isEmpty() || invitations.status(found.get()) != Invitation.Status.PENDING) {
            return unusable(found, model, response);
        }
        Invitation invitation = found.get();
        Tenant tenant = CurrentTenant.of(request).orElseThrow();
        if (!acceptanceForm.validate(errors, invitation.email(), passwordPolicy, tenant)) {
            acceptanceForm.setPassword("");
            model.addAttribute("invitation", invitation);
            model.addAttribute("token", token);
            model.addAttribute("step", "create");
            return PAGE;
        }
        String hash = encoder.encode(acceptanceForm.getPassword());
        try {
            invitations.acceptWithNewAccount(token, acceptanceForm.getGivenName(), acceptanceForm.getFamilyName(),
                    hash, request.getRemoteAddr());
        } catch (AgentChangeRefusedException e) {
            if (e.reason() == Reason.ACCOUNT_EXISTS) {
                return "redirect:/invitation/" + token;
            }
            return unusable(invitations.byToken(token), model, response);
        }
        redirect.addFlashAttribute("welcome", invitation.email());
        return "redirect:/invitation/" + token;
    }

    /**
     * Where the "sign in to accept" button leads: an anonymous visitor is sent to the sign-in page
     * by Spring Security, which brings them back here, and from here to the invitation.
     */
    @GetMapping("/connexion")
    String signIn(@PathVariable String token, Authentication authentication) {
        if (Requests.principal(authentication).isEmpty()) {
            throw new AccessDeniedException("sign in to accept the invitation");
        }
        return "redirect:/invitation/" + token;
    }

    @PostMapping("/acceptation")
    String acceptWithAccount(@PathVariable String token, Authentication authentication, HttpServletRequest request,
            HttpServletResponse response, Model model, RedirectAttributes redirect) {
        GuichetPrincipal principal = Requests.principal(authentication)
                .orElseThrow(() -> new AccessDeniedException("sign in to accept the invitation"));
        try {
            invitations.acceptWithExistingAccount(token, principal.accountId(), principal.email(), request.getRemoteAddr());
        } catch (AgentChangeRefusedException e) {
            if (e.reason() == Reason.WRONG_ACCOUNT) {
                return "redirect:/invitation/" + token;
            }
            return unusable(invitations.byToken(token), model, response);
        }
        redirect.addFlashAttribute("joined", true);
        return "redirect:/agent";
    }

    private String unusable(Optional<Invitation> invitation, Model model, HttpServletResponse response) {
        String reason = invitation.map(i -> invitations.status(i).name().toLowerCase(java.util.Locale.ROOT)).orElse("unknown");
        model.addAttribute("reason", reason);
        response.setStatus(invitation.isEmpty() ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        return UNUSABLE;
    }
}
