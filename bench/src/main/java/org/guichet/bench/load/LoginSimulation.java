package org.guichet.bench.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.during;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.flushCookieJar;

import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Scenario (e): password sign-ins per second with the production Argon2id parameters, one phase
 * per concurrency level in {@code bench.levels} (e.g. 1,2,4,8): that many users sign in again and
 * again for {@code bench.seconds}, each time in a fresh session. The requests of each phase are named after its level ("sign-in c=4").
 */
public class LoginSimulation extends Simulation {

    {
        List<Integer> levels = Arrays.stream(System.getProperty("bench.levels", "1,2,4,8").split(","))
                .map(String::strip).map(Integer::parseInt).toList();
        List<PopulationBuilder> phases = new ArrayList<>();
        for (int level : levels) {
            ScenarioBuilder s = scenario("sign-in c=" + level)
                    .feed(csv(Bench.feeder("citizens.csv")).circular())
                    .exec(during(Bench.DURATION).on(exec(flushCookieJar()).exec(Bench.signIn(" c=" + level))));
            phases.add(s.injectOpen(atOnceUsers(level)));
        }
        setUp(chainOf(phases)).protocols(Bench.protocol());
    }

    private static PopulationBuilder chainOf(List<PopulationBuilder> phases) {
        // andThen nests: the chain is built from its end.
        PopulationBuilder tail = phases.getLast();
        for (int i = phases.size() - 2; i >= 0; i--) {
            tail = phases.get(i).andThen(tail);
        }
        return tail;
    }
}
