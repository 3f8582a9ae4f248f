package org.guichet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.guichet.tenancy.Tenant;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** "Forgotten password": asking for a link, then choosing a new password through it. */
@Controller
class PasswordResetController {

    private final PasswordReset reset;
    private final PasswordPolicy policy;

    PasswordResetController(PasswordReset reset, PasswordPolicy policy) {
        this.reset = reset;
        this.policy = policy;
    }

    @GetMapping("/mot-de-passe-oublie")
    String form(@RequestParam(name = "envoye", required = false) String sent, HttpServletRequest request, Model model) {
        Portals.tenant(request);
        if (sent != null) {
            return "identity/forgotten-sent";
        }
        model.addAttribute("email", "");
        model.addAttribute("errors", new FormErrors());
        return "identity/forgotten";
    }

    @PostMapping("/mot-de-passe-oublie")
    String request(@RequestParam(name = "email", required = false) String typed, HttpServletRequest request,
            Model model, RedirectAttributes redirect) {
        IdentityMails.Portal portal = Portals.of(request);
        String email = EmailAddresses.normalise(typed);
        FormErrors errors = new FormErrors().reject("email", EmailAddresses.problem(email));
        if (errors.any()) {
            model.addAttribute("email", email.length() > 300 ? email.substring(0, 300) : email);
            model.addAttribute("errors", errors);
            return "identity/forgotten";
        }
        reset.request(portal, email, Portals.clientAddress(request));
        redirect.addFlashAttribute("email", email);
        return "redirect:/mot-de-passe-oublie?envoye=1";
    }

    @GetMapping("/reinitialisation/{token}")
    String choose(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Portals.tenant(request);
        return switch (reset.check(token)) {
            case PasswordReset.Link.Usable usable -> showForm(token, new FormErrors(), model);
            case PasswordReset.Link.Unusable unusable -> linkProblem(unusable, response, model);
        };
    }

    @PostMapping("/reinitialisation/{token}")
    String set(@PathVariable String token, @RequestParam(name = "password", required = false) String password,
            @RequestParam(name = "passwordConfirmation", required = false) String confirmation,
            HttpServletRequest request, HttpServletResponse response, Model model) {
        IdentityMails.Portal portal = Portals.of(request);
        PasswordReset.Link link = reset.check(token);
        if (link instanceof PasswordReset.Link.Unusable unusable) {
            return linkProblem(unusable, response, model);
        }
        FormErrors errors = validate(password, confirmation, ((PasswordReset.Link.Usable) link).account(),
                portal.tenant());
        if (errors.any()) {
            return showForm(token, errors, model);
        }
        return switch (reset.complete(portal, token, password, Portals.clientAddress(request))) {
            case PasswordReset.Link.Usable done -> "identity/reset-done";
            case PasswordReset.Link.Unusable unusable -> linkProblem(unusable, response, model);
        };
    }

    private FormErrors validate(String password, String confirmation, AccountRepository.StoredAccount account,
            Tenant tenant) {
        FormErrors errors = new FormErrors();
        errors.reject("password", policy.problem(password, PasswordPolicy.personalWords(account.email(),
                account.givenName(), account.familyName(), tenant)));
        if (!errors.any() && !password.equals(confirmation)) {
            errors.reject("passwordConfirmation", "password.error.mismatch");
        }
        return errors;
    }

    private static String showForm(String token, FormErrors errors, Model model) {
        model.addAttribute("token", token);
        model.addAttribute("errors", errors);
        return "identity/reset";
    }

    private static String linkProblem(PasswordReset.Link.Unusable unusable, HttpServletResponse response, Model model) {
        String problem = switch (unusable.lookup()) {
            case AccountTokens.Lookup.Expired e -> "EXPIRED";
            case AccountTokens.Lookup.Used u -> "USED";
            default -> "UNKNOWN";
        };
        response.setStatus("UNKNOWN".equals(problem) ? HttpServletResponse.SC_NOT_FOUND : HttpServletResponse.SC_GONE);
        model.addAttribute("problem", problem);
        return "identity/reset-link";
    }
}
