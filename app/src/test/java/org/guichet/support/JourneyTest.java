package org.guichet.support;

import static org.junit.jupiter.api.Assertions.fail;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;

/**
 * Base of browser journeys: Debian's Chromium driven by Playwright, every journey run twice, with
 * JavaScript on and off, and every page checked by axe-core. In CI a missing browser fails the
 * run; elsewhere the journeys are skipped with the reason printed.
 */
public abstract class JourneyTest extends IntegrationTest {

    private static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("GUICHET_CHROMIUM", "/usr/bin/chromium"));

    private static Playwright playwright;
    private static Browser browser;

    @BeforeAll
    static void launchBrowser() {
        if (!Files.isExecutable(CHROMIUM)) {
            String reason = "No Chromium at " + CHROMIUM + " (apt-get install chromium, or set GUICHET_CHROMIUM)";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                fail(reason + ": browser journeys must run in CI");
            }
            System.out.println("SKIPPED browser journeys: " + reason);
            Assumptions.abort(reason);
        }
        if (browser == null) {
            playwright = Playwright.create(new Playwright.CreateOptions()
                    .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                            "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic")));
        }
    }

    @AfterAll
    static void closeBrowser() {
        if (playwright != null) {
            playwright.close();
            playwright = null;
            browser = null;
        }
    }

    /**
     * Runs {@code steps} once, with JavaScript: only for what JavaScript adds (every page must also be
     * covered by an {@link #inBothModes} journey).
     */
    protected void inJavaScriptOnly(Consumer<Visit> steps) {
        run(steps, true);
    }

    /**
     * Runs {@code steps} twice in fresh browser contexts: with JavaScript, then without. Each run
     * gets its own {@link Visit}, whose {@code mode()} helps make data unique per run.
     */
    protected void inBothModes(Consumer<Visit> steps) {
        run(steps, true);
        run(steps, false);
    }

    private void run(Consumer<Visit> steps, boolean javaScript) {
        try (BrowserContext context = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(javaScript).setLocale("fr-FR").setViewportSize(390, 844))) {
            Visit visit = new Visit(context, javaScript, browser, this::urlOf);
            try {
                steps.accept(visit);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError("Journey failed with JavaScript " + (javaScript ? "on" : "off")
                        + " at " + visit.page().url() + ": " + e.getMessage(), e);
            }
        }
    }
}
