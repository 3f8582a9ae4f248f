package org.guichet.identity.internal;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The sign-in page; the form posts to Spring Security's processing of {@code /connexion}. */
@Controller
class LoginController {

    @GetMapping("/connexion")
    String login(@RequestParam(name = "erreur", required = false) String error,
            @RequestParam(name = "minutes", required = false) Integer minutes, Model model) {
        if (error != null) {
            model.addAttribute("error", switch (error) {
                case "trop-de-tentatives" -> "login.error.throttled";
                case "adresse-non-verifiee" -> "login.error.unverified";
                default -> "login.error.credentials";
            });
            model.addAttribute("minutes", minutes == null ? 1 : Math.max(1, Math.min(minutes, 60)));
        }
        return "identity/login";
    }
}
