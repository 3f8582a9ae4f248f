package org.guichet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.guichet.identity.GuichetPrincipal;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The signed-in person's own account: what it holds, and changing its password. */
@Controller
class AccountController {

    private final PasswordChange change;
    private final PasswordPolicy policy;

    AccountController(PasswordChange change, PasswordPolicy policy) {
        this.change = change;
        this.policy = policy;
    }

    @GetMapping("/compte")
    String summary(@AuthenticationPrincipal GuichetPrincipal principal, HttpServletRequest request, Model model) {
        model.addAttribute("account", view(account(principal, request)));
        return "identity/account";
    }

    @GetMapping("/compte/mot-de-passe")
    String passwordForm(@AuthenticationPrincipal GuichetPrincipal principal, HttpServletRequest request, Model model) {
        var account = account(principal, request);
        model.addAttribute("hasPassword", account.passwordHash() != null);
        model.addAttribute("errors", new FormErrors());
        return "identity/password-change";
    }

    @PostMapping("/compte/mot-de-passe")
    String changePassword(@AuthenticationPrincipal GuichetPrincipal principal,
            @RequestParam(name = "currentPassword", required = false) String current,
            @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "passwordConfirmation", required = false) String confirmation,
            HttpServletRequest request, Model model, RedirectAttributes redirect) {
        var account = account(principal, request);
        IdentityMails.Portal portal = Portals.of(request);
        model.addAttribute("hasPassword", account.passwordHash() != null);
        if (account.passwordHash() == null) {
            model.addAttribute("errors", new FormErrors());
            return "identity/password-change";
        }
        FormErrors errors = new FormErrors();
        if (current == null || current.isEmpty()) {
            errors.reject("currentPassword", "passwordChange.error.currentMissing");
        } else if (current.length() > PasswordPolicy.MAX_LENGTH * 2) {
            errors.reject("currentPassword", "passwordChange.error.currentWrong");
        }
        errors.reject("password", policy.problem(password, PasswordPolicy.personalWords(account.email(),
                account.givenName(), account.familyName(), portal.tenant())));
        if (!errors.has("password") && password.equals(current)) {
            errors.reject("password", "passwordChange.error.same");
        }
        if (!errors.has("password") && !password.equals(confirmation)) {
            errors.reject("passwordConfirmation", "password.error.mismatch");
        }
        if (!errors.any()) {
            HttpSession session = request.getSession(false);
            var result = change.change(portal, account, current, password, session == null ? null : session.getId(),
                    Portals.clientAddress(request));
            switch (result.outcome()) {
                case CHANGED -> {
                    // A new session id after a credential change: a copied cookie stops working too.
                    request.changeSessionId();
                    redirect.addFlashAttribute("notice", "passwordChange.done");
                    return "redirect:/compte";
                }
                case WRONG_CURRENT -> errors.reject("currentPassword", "passwordChange.error.currentWrong");
                case THROTTLED -> errors.reject("currentPassword", "passwordChange.error.throttled", result.minutes());
            }
        }
        model.addAttribute("errors", errors);
        return "identity/password-change";
    }

    private AccountRepository.StoredAccount account(GuichetPrincipal principal, HttpServletRequest request) {
        Portals.tenant(request);
        return change.account(principal.accountId())
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    }

    private static AccountView view(AccountRepository.StoredAccount account) {
        return new AccountView(account.givenName(), account.familyName(), account.email(),
                account.emailVerifiedAt() != null);
    }

    /** What the summary page shows. */
    public record AccountView(String givenName, String familyName, String email, boolean verified) {}
}
