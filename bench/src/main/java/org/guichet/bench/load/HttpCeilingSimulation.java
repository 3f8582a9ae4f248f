package org.guichet.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forever;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * The HTTP ceiling: the same server's liveness probe ({@code /actuator/health/liveness}), which
 * crosses the same connector, filters and security chain as a page but reads no database and
 * renders no template. Run with the public pages' load shape for their latency ceiling, and
 * without pauses for the requests per second the server can answer at all.
 */
public class HttpCeilingSimulation extends Simulation {

    private static final ScenarioBuilder PROBE = scenario("liveness probe")
            .exec(forever().on(exec(http("liveness").get(Bench.base("localhost") + "/actuator/health/liveness")
                    .header("Accept", "application/json")
                    .check(status().is(200)))
                    .pause(Bench.THINK)));

    {
        setUp(PROBE.injectClosed(constantConcurrentUsers(Bench.USERS).during(Bench.DURATION)))
                .protocols(Bench.protocol())
                // Users loop forever: the phase ends the run; requests still in flight then are not counted.
                .maxDuration(Bench.DURATION);
    }
}
