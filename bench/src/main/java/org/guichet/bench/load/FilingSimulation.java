package org.guichet.bench.load;

import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.forever;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.RawFileBodyPart;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;

/**
 * Scenario (a): a citizen files the bench démarche — opens its page, starts, saves its three pages
 * (the last with a 200 KB PDF), checks the answers and submits. Each virtual user signs in once and
 * then files again and again without pausing (a closed model at {@code bench.users}), so the
 * throughput of submissions is the server's, not the think time's. Sign-in is measured on its own
 * (scenario e): Argon2id would otherwise be most of what this measures.
 */
public class FilingSimulation extends Simulation {

    private static final String SLUG = Bench.property("filing_slug");

    private static final ChainBuilder FILE = exec(
            http("démarche page").get(s -> Bench.base(s.getString("host")) + "/demarches/" + SLUG),
            http("start page").get(s -> Bench.base(s.getString("host")) + "/demarches/" + SLUG + "/commencer")
                    .check(css("form[action$='/commencer'] input[name='_csrf']", "value").saveAs("csrf")),
            http("start").post(s -> Bench.base(s.getString("host")) + "/demarches/" + SLUG + "/commencer")
                    .formParam("_csrf", "#{csrf}")
                    .check(currentLocationRegex("/mes-demarches/([0-9a-f-]{36})/pages/").saveAs("dossier"))
                    .check(css("input[name='version']", "value").saveAs("version")),
            http("save page 1").post(s -> page(s.getString("host"), s.getString("dossier"), "demandeur"))
                    .formParam("_csrf", "#{csrf}").formParam("version", "#{version}")
                    .formParam("nom", "Dupont").formParam("prenom", "Camille")
                    .formParam("courriel", "#{email}").formParam("telephone", "06 12 34 56 78")
                    .formParam("naissance.day", "27").formParam("naissance.month", "3").formParam("naissance.year", "1990")
                    .check(currentLocationRegex("/pages/(demande)$").exists())
                    .check(css("input[name='version']", "value").saveAs("version")),
            http("save page 2").post(s -> page(s.getString("host"), s.getString("dossier"), "demande"))
                    .formParam("_csrf", "#{csrf}").formParam("version", "#{version}")
                    .formParam("nature", "premiere")
                    .formParam("description", "Je sollicite une autorisation de stationnement devant le 12 rue Victor-Hugo.")
                    .formParam("montant", "120")
                    .formParam("date_souhaitee.day", "15").formParam("date_souhaitee.month", "6")
                    .formParam("date_souhaitee.year", "2030")
                    .check(currentLocationRegex("/pages/(pieces)$").exists())
                    .check(css("input[name='version']", "value").saveAs("version")),
            http("save page 3 with 200 KB file").post(s -> page(s.getString("host"), s.getString("dossier"), "pieces"))
                    .asMultipartForm()
                    .formParam("_csrf", "#{csrf}").formParam("version", "#{version}").formParam("consentement", "oui")
                    .bodyPart(RawFileBodyPart("justificatif", Bench.feeder("justificatif.pdf"))
                            .fileName("justificatif.pdf").contentType("application/pdf"))
                    .check(currentLocationRegex("/(verification)$").exists()),
            http("submit").post(s -> Bench.base(s.getString("host")) + "/mes-demarches/" + s.getString("dossier") + "/envoi")
                    .formParam("_csrf", "#{csrf}")
                    .check(currentLocationRegex("/(confirmation)$").exists()));

    private static final ScenarioBuilder CITIZEN = scenario("citizen files a démarche")
            .feed(csv(Bench.feeder("citizens.csv")).circular())
            .exec(Bench.signIn())
            .exec(forever().on(FILE));

    {
        setUp(CITIZEN.injectClosed(constantConcurrentUsers(Bench.USERS).during(Bench.DURATION)))
                .protocols(Bench.protocol())
                // Users loop forever: the phase ends the run; requests still in flight then are not counted.
                .maxDuration(Bench.DURATION);
    }

    private static String page(String host, String dossier, String page) {
        return Bench.base(host) + "/mes-demarches/" + dossier + "/pages/" + page;
    }

}
