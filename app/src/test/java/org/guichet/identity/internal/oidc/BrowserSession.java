package org.guichet.identity.internal.oidc;

import jakarta.servlet.http.Cookie;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/**
 * One browser against one tenant host through MockMvc: sessions live in the database (Spring
 * Session), so the session cookie is kept and sent back like a browser would.
 */
final class BrowserSession {

    private final MockMvc mvc;
    private final String host;
    private final Map<String, String> cookies = new LinkedHashMap<>();

    BrowserSession(MockMvc mvc, String host) {
        this.mvc = mvc;
        this.host = host;
    }

    String host() {
        return host;
    }

    MvcResult perform(MockHttpServletRequestBuilder request) throws Exception {
        request.with(r -> {
            r.setServerName(host);
            return r;
        });
        cookies.forEach((name, value) -> request.cookie(new Cookie(name, value)));
        MvcResult result = mvc.perform(request).andReturn();
        keepCookies(result.getResponse());
        return result;
    }

    private void keepCookies(MockHttpServletResponse response) {
        for (String header : response.getHeaders("Set-Cookie")) {
            String pair = header.split(";", 2)[0];
            int equals = pair.indexOf('=');
            String name = pair.substring(0, equals).strip();
            String value = pair.substring(equals + 1).strip();
            if (value.isEmpty() || header.toLowerCase().contains("max-age=0")) {
                cookies.remove(name);
            } else {
                cookies.put(name, value);
            }
        }
    }
}
