package org.guichet.bench.load;

import static io.gatling.javaapi.core.CoreDsl.css;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.http.HttpDsl.header;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.http.HttpProtocolBuilder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * What every scenario shares: the server's port, the feeders the data generator wrote, the phase
 * length, and the protocol. Tenants are told apart by host name, as in production; the names are
 * mapped to the loopback address here instead of through DNS.
 */
final class Bench {

    static final int PORT = Integer.getInteger("bench.port", 8080);
    static final Path FEEDERS = Path.of(System.getProperty("bench.feeders", "target/feeders"));
    static final Duration DURATION = Duration.ofSeconds(Integer.getInteger("bench.seconds", 15));
    static final Duration THINK = Duration.ofMillis(Integer.getInteger("bench.thinkMillis", 1000));
    static final int USERS = Integer.getInteger("bench.users", 4);
    static final Properties PROPERTIES = properties();

    private Bench() {}

    static String feeder(String name) {
        return FEEDERS.resolve(name).toString();
    }

    static String property(String key) {
        return PROPERTIES.getProperty(key);
    }

    static String base(String host) {
        return "http://" + host + ":" + PORT;
    }

    static HttpProtocolBuilder protocol() {
        Map<String, List<String>> aliases;
        try {
            aliases = Files.readAllLines(FEEDERS.resolve("hosts.txt")).stream().filter(h -> !h.isBlank())
                    .collect(Collectors.toMap(h -> h, h -> List.of("127.0.0.1"), (x, y) -> x));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return http.hostNameAliases(aliases)
                .acceptHeader("text/html,application/xhtml+xml")
                .acceptLanguageHeader("fr-FR,fr;q=0.9")
                .userAgentHeader("guichet-bench (Gatling)")
                .shareConnections();
    }

    /** Signs in with the generated password; {@code host} and {@code email} come from a feeder. */
    static ChainBuilder signIn() {
        return signIn("");
    }

    /** The same, with {@code suffix} appended to the requests' names. */
    static ChainBuilder signIn(String suffix) {
        return exec(http("sign-in page" + suffix).get(session -> base(session.getString("host")) + "/connexion")
                        .check(css("input[name='_csrf']", "value").saveAs("csrf")))
                .exec(http("sign-in" + suffix).post(session -> base(session.getString("host")) + "/connexion")
                        .formParam("email", "#{email}")
                        .formParam("password", property("password"))
                        .formParam("_csrf", "#{csrf}")
                        .disableFollowRedirect()
                        .check(status().is(302))
                        // A refused sign-in also redirects: to the sign-in page with the reason.
                        .check(header("Location").transform(location -> location.contains("erreur")).is(false)));
    }

    private static Properties properties() {
        Properties p = new Properties();
        try (var in = Files.newBufferedReader(FEEDERS.resolve("bench.properties"))) {
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return p;
    }
}
