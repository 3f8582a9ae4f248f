package org.guichet.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forever;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Scenario (b): instructeurs of the largest tenant work their inbox — the first page (every
 * dossier they may instruct, last updated first), a filter (démarche and state), a full-text search
 * (a name or a word of the answers), then a dossier. A closed model at {@code bench.users}
 * agents with {@code bench.thinkMillis} between clicks, so the latencies are those of a busy
 * office, not of a saturated server.
 */
public class InboxSimulation extends Simulation {

    private static final String INBOX = "/agent/dossiers";

    private static final ChainBuilder WORK = exec(
            http("inbox first page").get(s -> Bench.base(s.getString("host")) + INBOX).check(status().is(200)))
            .pause(Bench.THINK)
            .exec(http("inbox filter").get(s -> Bench.base(s.getString("host")) + INBOX)
                    .queryParam("onglet", "tous")
                    .queryParam("demarche", Bench.property("export_procedure"))
                    .queryParam("etat", "EN_INSTRUCTION")
                    .check(status().is(200)))
            .pause(Bench.THINK)
            .feed(csv(Bench.feeder("searches.csv")).random())
            .exec(http("inbox search").get(s -> Bench.base(s.getString("host")) + INBOX)
                    .queryParam("onglet", "tous").queryParam("q", "#{q}")
                    .check(status().is(200)))
            .pause(Bench.THINK)
            .feed(csv(Bench.feeder("dossiers.csv")).random())
            .exec(http("dossier page").get(s -> Bench.base(s.getString("host")) + INBOX + "/" + s.getString("dossier"))
                    .check(status().is(200)))
            .pause(Bench.THINK);

    private static final ScenarioBuilder AGENT = scenario("agent works the inbox")
            .feed(csv(Bench.feeder("agents.csv")).circular())
            .exec(Bench.signIn())
            // All agents start at once: without a pause, the first pages would queue behind the other
            // agents' Argon2id hashes (scenario e measures those), not measure the inbox.
            .pause(Bench.THINK)
            .exec(forever().on(WORK));

    {
        setUp(AGENT.injectClosed(constantConcurrentUsers(Bench.USERS).during(Bench.DURATION)))
                .protocols(Bench.protocol())
                // Users loop forever: the phase ends the run; requests still in flight then are not counted.
                .maxDuration(Bench.DURATION);
    }
}
