package org.guichet.identity.internal.oidc;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page a refused provider sign-in lands on: what happened and what to do now. */
@Controller
class OidcRefusalController {

    @GetMapping(OidcSignInFailureHandler.REFUSAL_PATH)
    String refused(@RequestParam(name = "motif", required = false) String motif, Model model) {
        SignInRefusal refusal = motif == null ? SignInRefusal.FAILED : SignInRefusal.ofSlug(motif).orElse(SignInRefusal.FAILED);
        model.addAttribute("reason", refusal.slug());
        return "identity/oidc-refused";
    }
}
