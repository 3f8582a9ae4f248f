package org.guichet.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Sign-up on a tenant's portal, and the confirmation of the address through the emailed link. */
@Controller
class SignUpController {

    private final SignUp signUp;
    private final EmailVerification verification;
    private final PasswordPolicy policy;

    SignUpController(SignUp signUp, EmailVerification verification, PasswordPolicy policy) {
        this.signUp = signUp;
        this.verification = verification;
        this.policy = policy;
    }

    @GetMapping("/inscription")
    String form(HttpServletRequest request, Model model) {
        Portals.tenant(request);
        model.addAttribute("form", SignUpForm.empty());
        model.addAttribute("errors", new FormErrors());
        return "identity/sign-up";
    }

    @PostMapping("/inscription")
    String submit(@ModelAttribute SignUpForm form, HttpServletRequest request, Locale locale, Model model,
            RedirectAttributes redirect) {
        IdentityMails.Portal portal = Portals.of(request);
        FormErrors errors = form.validate(policy, portal.tenant());
        if (errors.any()) {
            model.addAttribute("form", form.redisplayed());
            model.addAttribute("errors", errors);
            return "identity/sign-up";
        }
        signUp.register(portal, new SignUp.Request(form.givenName(), form.familyName(), form.email(), form.password(),
                locale, Portals.clientAddress(request)));
        redirect.addFlashAttribute("email", form.email());
        return "redirect:/inscription/courriel-envoye";
    }

    @GetMapping("/inscription/courriel-envoye")
    String sent(HttpServletRequest request) {
        Portals.tenant(request);
        return "identity/sign-up-sent";
    }

    @GetMapping("/verification/{token}")
    String verify(@PathVariable String token, HttpServletRequest request, HttpServletResponse response, Model model) {
        Portals.tenant(request);
        EmailVerification.Outcome outcome = verification.verify(token, Portals.clientAddress(request));
        response.setStatus(switch (outcome) {
            case VERIFIED -> HttpServletResponse.SC_OK;
            case EXPIRED, USED -> HttpServletResponse.SC_GONE;
            case UNKNOWN -> HttpServletResponse.SC_NOT_FOUND;
        });
        model.addAttribute("outcome", outcome.name());
        return "identity/verification";
    }
}
