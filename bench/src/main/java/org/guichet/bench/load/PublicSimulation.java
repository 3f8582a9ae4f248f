package org.guichet.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.feed;
import static io.gatling.javaapi.core.CoreDsl.forever;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Scenario (c): anonymous visitors of every tenant read the tenant's home page and a démarche's
 * page, {@code bench.users} (200) at once, each pausing {@code bench.thinkMillis} between pages.
 */
public class PublicSimulation extends Simulation {

    private static final ScenarioBuilder VISITOR = scenario("visitor reads public pages")
            .exec(forever().on(feed(csv(Bench.feeder("procedures.csv")).random())
                    .exec(http("tenant home").get(s -> Bench.base(s.getString("host")) + "/").check(status().is(200)))
                    .pause(Bench.THINK)
                    .exec(http("démarche page").get(s -> Bench.base(s.getString("host")) + "/demarches/" + s.getString("slug"))
                            .check(status().is(200)))
                    .pause(Bench.THINK)));

    {
        setUp(VISITOR.injectClosed(constantConcurrentUsers(Bench.USERS).during(Bench.DURATION)))
                .protocols(Bench.protocol())
                // Users loop forever: the phase ends the run; requests still in flight then are not counted.
                .maxDuration(Bench.DURATION);
    }
}
