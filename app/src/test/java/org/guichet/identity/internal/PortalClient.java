package org.guichet.identity.internal;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.ResultActions;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;

/**
 * One browser on one portal, for MockMvc tests: it sends the tenant's Host, its own client address
 * (so the per-address sign-in throttle of one test never blocks another) and User-Agent, and keeps
 * the cookies it is given, so that its session lives on across requests as in a real browser.
 */
final class PortalClient {

    static final String FIREFOX_WINDOWS =
            "Mozilla/5.0 (Windows NT 10.0; Win64; x64; rv:128.0) Gecko/20100101 Firefox/128.0";

    private final MockMvc mvc;
    private final String host;
    private final String address;
    private final String userAgent;
    private final Map<String, Cookie> cookies = new LinkedHashMap<>();

    PortalClient(MockMvc mvc, String host) {
        this(mvc, host, FIREFOX_WINDOWS);
    }

    PortalClient(MockMvc mvc, String host, String userAgent) {
        this.mvc = mvc;
        this.host = host;
        this.userAgent = userAgent;
        ThreadLocalRandom random = ThreadLocalRandom.current();
        this.address = "10." + random.nextInt(1, 255) + "." + random.nextInt(0, 255) + "." + random.nextInt(1, 255);
    }

    String address() {
        return address;
    }

    /** The value of a cookie this browser holds, or null. */
    String cookie(String name) {
        Cookie cookie = cookies.get(name);
        return cookie == null ? null : cookie.getValue();
    }

    /** Presents another browser's cookies, as a stolen or replayed cookie would be. */
    void adoptCookiesOf(PortalClient other) {
        cookies.putAll(other.cookies);
    }

    ResultActions get(String path) throws Exception {
        return perform(MockMvcRequestBuilders.get(path));
    }

    /** A form post with a valid CSRF token; {@code params} alternate names and values. */
    ResultActions post(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path).with(csrf());
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return perform(request);
    }

    /** The same post without a CSRF token, as a forged cross-site form would send it. */
    ResultActions postWithoutCsrf(String path, String... params) throws Exception {
        MockHttpServletRequestBuilder request = MockMvcRequestBuilders.post(path);
        for (int i = 0; i < params.length; i += 2) {
            request.param(params[i], params[i + 1]);
        }
        return perform(request);
    }

    /** Signs in through the real form; returns where it was sent next. */
    String signIn(String email, String password) throws Exception {
        return post("/connexion", "email", email, "password", password).andReturn().getResponse().getRedirectedUrl();
    }

    boolean signedIn() throws Exception {
        return get("/compte").andReturn().getResponse().getStatus() == 200;
    }

    private ResultActions perform(MockHttpServletRequestBuilder request) throws Exception {
        request.header("User-Agent", userAgent).with(r -> {
            r.setServerName(host);
            r.setRemoteAddr(address);
            return r;
        });
        if (!cookies.isEmpty()) {
            request.cookie(cookies.values().toArray(Cookie[]::new));
        }
        ResultActions actions = mvc.perform(request);
        MvcResult result = actions.andReturn();
        for (Cookie cookie : result.getResponse().getCookies()) {
            if (cookie.getMaxAge() == 0) {
                cookies.remove(cookie.getName());
            } else {
                cookies.put(cookie.getName(), cookie);
            }
        }
        return actions;
    }
}
