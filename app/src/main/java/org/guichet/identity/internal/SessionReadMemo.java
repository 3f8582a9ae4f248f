package org.guichet.identity.internal;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import org.aopalliance.intercept.MethodInterceptor;
import org.aopalliance.intercept.MethodInvocation;
import org.springframework.core.annotation.Order;
import org.springframework.session.Session;
import org.springframework.session.web.http.SessionRepositoryFilter;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Spring Session reads the requested session a second time whenever the response is committed
 * before the request ends — every redirect, and every page, as Thymeleaf flushes what it wrote:
 * its final save forgets the session it had read and looks the cookie's id up again only to
 * compare ids (spring-session#1731). That read is a transaction of its own and deserialises the
 * security context again. This filter, just outside Spring Session's, keeps the sessions read
 * during the request, so that the store ({@link Store}) answers the repeated lookup from memory.
 */
@Component
@Order(SessionRepositoryFilter.DEFAULT_ORDER - 1)
class SessionReadMemo extends OncePerRequestFilter {

    private static final ThreadLocal<Map<String, Session>> READ = new ThreadLocal<>();

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        READ.set(new HashMap<>());
        try {
            chain.doFilter(request, response);
        } finally {
            READ.remove();
        }
    }

    /**
     * Advice on the session store. Outside a request it changes nothing; ending any session forgets
     * everything read, so an ended session is never handed out again.
     */
    static final class Store implements MethodInterceptor {

        @Override
        public Object invoke(MethodInvocation call) throws Throwable {
            Map<String, Session> read = READ.get();
            if (read == null) {
                return call.proceed();
            }
            return switch (call.getMethod().getName()) {
                case "findById" -> find(read, (String) call.getArguments()[0], call);
                case "deleteById" -> {
                    read.clear();
                    yield call.proceed();
                }
                default -> call.proceed();
            };
        }

        private static Object find(Map<String, Session> read, String id, MethodInvocation call) throws Throwable {
            Session known = read.get(id);
            // After a change of id (at sign-in) the old id names nothing any more: ask the store.
            if (known != null && known.getId().equals(id)) {
                return known;
            }
            Object found = call.proceed();
            if (found instanceof Session session) {
                read.put(id, session);
            }
            return found;
        }
    }
}
