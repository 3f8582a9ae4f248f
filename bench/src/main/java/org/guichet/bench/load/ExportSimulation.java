package org.guichet.bench.load;

import static io.gatling.javaapi.core.CoreDsl.asLongAsDuring;
import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.bodyBytes;
import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.csv;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.currentLocationRegex;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ScenarioBuilder;
import io.gatling.javaapi.core.Simulation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Arrays;

/**
 * Scenario (d): one instructeur exports the export démarche's dossiers (100,000 at full scale) to
 * CSV — asks for it, follows the job until its file is ready, downloads it. The time from the
 * request to the end of the download and the number of lines go to {@code bench.measureFile};
 * bench/run samples the server's heap meanwhile. Nothing is recorded unless every step succeeded
 * within {@code bench.exportTimeoutSeconds}.
 */
public class ExportSimulation extends Simulation {

    private static final String PROCEDURE = Bench.property("export_procedure");
    /** The columns to export; by default every column the export page offers, ticked there by default too. */
    private static final String COLUMNS = System.getProperty("bench.exportColumns", "");

    private static final Duration TIMEOUT = Duration.ofSeconds(Integer.getInteger("bench.exportTimeoutSeconds", 300));

    private static final ScenarioBuilder EXPORT = scenario("agent exports a démarche")
            .feed(csv(Bench.feeder("agents.csv")).circular())
            .exec(Bench.signIn())
            .exec(http("export page").get(s -> Bench.base(s.getString("host")) + "/agent/demarches/" + PROCEDURE + "/exports")
                    .check(css("form input[name='_csrf']", "value").saveAs("csrf"))
                    .check(css("input[name='columns']", "value").findAll().saveAs("offered")))
            .exec(session -> session.set("columns", COLUMNS.isBlank() ? session.getList("offered") : Arrays.asList(COLUMNS.split(","))))
            .exec(session -> session.set("started", System.nanoTime()))
            .exec(http("ask for export").post(s -> Bench.base(s.getString("host")) + "/agent/demarches/" + PROCEDURE + "/exports")
                    .formParam("_csrf", "#{csrf}")
                    .formParam("format", "CSV")
                    .multivaluedFormParam("columns", "#{columns}")
                    .check(status().is(200))
                    .check(currentLocationRegex("/agent/exports/([0-9a-f-]{36})").saveAs("job")))
            .exitHereIfFailed()
            .exec(asLongAsDuring(session -> !session.contains("file"), TIMEOUT, true).on(
                    exec(http("export status").get(s -> Bench.base(s.getString("host")) + "/agent/exports/" + s.getString("job"))
                            .check(status().is(200))
                            .check(css("a[href$='/fichier']", "href").optional().saveAs("file")))
                            .exitHereIfFailed()
                            .pause(Duration.ofMillis(250))))
            .exitHereIfFailed()
            .doIf(session -> !session.contains("file")).then(exec(session -> session.markAsFailed()))
            .exitHereIfFailed()
            .exec(http("download export").get(s -> Bench.base(s.getString("host")) + "/agent/exports/" + s.getString("job") + "/fichier")
                    .check(status().is(200))
                    .check(bodyBytes().transform(ExportSimulation::lines).saveAs("lines")))
            .exitHereIfFailed()
            .exec(session -> {
                long millis = (System.nanoTime() - session.getLong("started")) / 1_000_000;
                record("export_ms=" + millis + "\nexport_lines=" + session.getInt("lines") + "\n");
                return session;
            });

    {
        setUp(EXPORT.injectOpen(atOnceUsers(1))).protocols(Bench.protocol());
    }

    private static int lines(byte[] body) {
        int n = 0;
        for (byte b : body) {
            if (b == '\n') {
                n++;
            }
        }
        return n;
    }

    private static void record(String text) {
        String file = System.getProperty("bench.measureFile");
        if (file == null) {
            System.out.print(text);
            return;
        }
        try {
            Files.writeString(Path.of(file), text, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
