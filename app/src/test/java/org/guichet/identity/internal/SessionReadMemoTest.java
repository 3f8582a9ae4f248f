package org.guichet.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.FilterChain;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.session.MapSession;
import org.springframework.session.MapSessionRepository;

/** The session store answers a repeated lookup from memory only while a request lasts, and never with an ended session. */
class SessionReadMemoTest {

    private final AtomicInteger reads = new AtomicInteger();
    private final MapSessionRepository store = memoised(new MapSessionRepository(new ConcurrentHashMap<>()) {
        @Override
        public MapSession findById(String id) {
            reads.incrementAndGet();
            return super.findById(id);
        }
    });

    @Test
    void readsASessionOncePerRequest() throws Exception {
        String id = saved().getId();

        inRequest(() -> {
            assertThat(store.findById(id)).isNotNull();
            assertThat(store.findById(id)).isNotNull();
        });

        assertThat(reads).hasValue(1);
    }

    @Test
    void readsAgainInTheNextRequestAndOutsideRequests() throws Exception {
        String id = saved().getId();

        inRequest(() -> store.findById(id));
        inRequest(() -> store.findById(id));
        store.findById(id);
        store.findById(id);

        assertThat(reads).hasValue(4);
    }

    @Test
    void anEndedSessionIsNotHandedOutAgain() throws Exception {
        String id = saved().getId();

        inRequest(() -> {
            store.findById(id);
            store.deleteById(id);
            assertThat(store.findById(id)).isNull();
        });
    }

    @Test
    void theOldIdOfASessionWhoseIdChangedNamesNothing() throws Exception {
        String id = saved().getId();

        inRequest(() -> {
            MapSession session = store.findById(id);
            session.changeSessionId();
            store.save(session);
            assertThat(store.findById(id)).isNull();
        });
    }

    private MapSession saved() {
        MapSession session = store.createSession();
        store.save(session);
        return session;
    }

    private static MapSessionRepository memoised(MapSessionRepository target) {
        ProxyFactory proxy = new ProxyFactory(target);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice(new SessionReadMemo.Store());
        return (MapSessionRepository) proxy.getProxy();
    }

    private interface Work {
        void run() throws Exception;
    }

    private static void inRequest(Work work) throws Exception {
        FilterChain chain = (request, response) -> {
            try {
                work.run();
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        };
        new SessionReadMemo().doFilter(new MockHttpServletRequest(), new MockHttpServletResponse(), chain);
    }
}
