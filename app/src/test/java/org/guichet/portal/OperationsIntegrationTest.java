package org.guichet.portal;

import static org.assertj.core.api.Assertions.assertThat;

import org.guichet.support.IntegrationTest;
import org.guichet.support.RawHttp;
import org.guichet.support.RawHttp.Reply;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.health.actuate.endpoint.HealthEndpoint;
import org.springframework.boot.health.actuate.endpoint.CompositeHealthDescriptor;

/** Health for load balancers, metrics for the machine's own monitoring only. */
class OperationsIntegrationTest extends IntegrationTest {

    @Autowired
    HealthEndpoint health;

    @Test
    void readinessIsUpAndIncludesTheDatabase() {
        Reply reply = RawHttp.get(port, "127.0.0.1", "/actuator/health/readiness", "Accept: */*");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("\"status\":\"UP\"");
        var readiness = (CompositeHealthDescriptor) health.healthForPath("readiness");
        assertThat(readiness.getComponents()).containsKey("db");
    }

    @Test
    void prometheusMetricsAnswerTheMachineItself() {
        Reply reply = RawHttp.get(port, "127.0.0.1", "/actuator/prometheus", "Accept: */*");

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).contains("jvm_memory_used_bytes").contains("hikaricp_connections");
    }

    @Test
    void requestsAreTimedButNotEachSecurityFilter() {
        RawHttp.get(port, "saint-exemple.localhost", "/", "Accept: text/html");

        String metrics = RawHttp.get(port, "127.0.0.1", "/actuator/prometheus", "Accept: */*").body();
        assertThat(metrics).contains("http_server_requests_seconds_count").doesNotContain("spring_security_");
    }

    @Test
    void prometheusMetricsAreRefusedToThePublicBehindAProxy() {
        Reply reply = RawHttp.get(port, "saint-exemple.localhost", "/actuator/prometheus", "X-Forwarded-For: 203.0.113.9", "Accept: */*");

        assertThat(reply.status()).isNotEqualTo(200);
        assertThat(reply.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void otherActuatorEndpointsAreNotExposed() {
        assertThat(RawHttp.get(port, "127.0.0.1", "/actuator/env").status()).isIn(302, 401, 403, 404);
        assertThat(RawHttp.get(port, "127.0.0.1", "/actuator/env").body()).doesNotContain("GUICHET");
    }
}
