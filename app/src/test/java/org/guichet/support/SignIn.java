package org.guichet.support;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import jakarta.servlet.http.Cookie;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Real sessions for MockMvc: signs in through the sign-in form on a host, as a browser does, and
 * replays the session cookie (sessions live in PostgreSQL, so the cookie is the session).
 */
public final class SignIn {

    private SignIn() {}

    /** A request on {@code host} with no session. */
    public static RequestPostProcessor on(String host) {
        return request -> {
            request.setServerName(host);
            return request;
        };
    }

    /** Signs in on {@code host} and returns the session cookie; fails if the sign-in is refused. */
    public static Cookie session(MockMvc mvc, String host, String email, String password) {
        MvcResult result;
        try {
            result = mvc.perform(post("/connexion").with(on(host)).with(csrf())
                            .param("email", email).param("password", password))
                    .andReturn();
        } catch (Exception e) {
            throw new AssertionError("Sign-in of " + email + " failed", e);
        }
        String location = result.getResponse().getRedirectedUrl();
        if (location == null || location.contains("erreur")) {
            throw new AssertionError("Sign-in of " + email + " on " + host + " refused: " + location);
        }
        Cookie cookie = result.getResponse().getCookie("SESSION");
        if (cookie == null) {
            throw new AssertionError("No session cookie after signing in " + email);
        }
        return cookie;
    }

    /** A request on {@code host} presenting the session {@code cookie} (null for none). */
    public static RequestPostProcessor as(String host, Cookie cookie) {
        return request -> {
            request.setServerName(host);
            if (cookie != null) {
                request.setCookies(cookie);
            }
            return request;
        };
    }
}
