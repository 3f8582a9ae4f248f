package org.guichet.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * One person's visit in one browser context. Every page reached through {@link #open} or
 * {@link #press} is scanned by axe-core (WCAG 2.1 A and AA); with JavaScript off, the exact HTML
 * the person saw is replayed into a scanning context with JavaScript on, since axe needs it.
 */
public final class Visit {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    private final BrowserContext context;
    private final boolean javaScript;
    private final Browser browser;
    private final Function<String, String> urlOfHost;
    private final Page page;

    Visit(BrowserContext context, boolean javaScript, Browser browser, Function<String, String> urlOfHost) {
        this.context = context;
        this.javaScript = javaScript;
        this.browser = browser;
        this.urlOfHost = urlOfHost;
        this.page = context.newPage();
    }

    public BrowserContext context() {
        return context;
    }

    public Page page() {
        return page;
    }

    public boolean javaScript() {
        return javaScript;
    }

    /** "js" or "nojs", to make emails and names unique per run. */
    public String mode() {
        return javaScript ? "js" : "nojs";
    }

    /** Opens {@code path} on {@code host} and checks the page. */
    public Response open(String host, String path) {
        Response response = page.navigate(urlOfHost.apply(host) + path);
        checkAccessibility();
        return response;
    }

    /** Opens an absolute URL (a link from an email) and checks the page. */
    public Response openUrl(String url) {
        Response response = page.navigate(url);
        checkAccessibility();
        return response;
    }

    /** Fills the field labelled {@code label}. */
    public Visit fill(String label, String value) {
        page.getByLabel(label, new Page.GetByLabelOptions().setExact(true)).fill(value);
        return this;
    }

    /** Presses the button named {@code name}, waits for the next page and checks it. */
    public Visit press(String name) {
        Locator button = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(name).setExact(true));
        page.waitForNavigation(() -> button.first().click());
        checkAccessibility();
        return this;
    }

    /** Follows the link named {@code name} and checks the page. */
    public Visit follow(String name) {
        Locator link = page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(name).setExact(true));
        page.waitForNavigation(() -> link.first().click());
        checkAccessibility();
        return this;
    }

    public String heading() {
        return page.locator("h1").first().textContent().strip();
    }

    public Visit expectHeading(String text) {
        assertThat(heading()).isEqualTo(text);
        return this;
    }

    public Visit expectText(String text) {
        assertThat(page.locator("main").innerText()).contains(text);
        return this;
    }

    /** Runs axe on the current page and fails on any violation. */
    public void checkAccessibility() {
        AxeResults results;
        if (javaScript) {
            results = new AxeBuilder(page).withTags(WCAG).analyze();
        } else {
            results = replayAndScan(page.url(), page.content());
        }
        List<Rule> violations = results.getViolations();
        assertThat(violations).as(() -> "axe violations on " + page.url() + ":\n" + describe(violations)).isEmpty();
    }

    private AxeResults replayAndScan(String url, String html) {
        try (BrowserContext scanning = browser.newContext(new Browser.NewContextOptions()
                .setJavaScriptEnabled(true).setViewportSize(390, 844))) {
            Page replay = scanning.newPage();
            String target = url.contains("#") ? url.substring(0, url.indexOf('#')) : url;
            replay.route(target, route -> route.fulfill(new com.microsoft.playwright.Route.FulfillOptions()
                    .setStatus(200).setContentType("text/html;charset=utf-8").setBody(html)));
            replay.navigate(target);
            return new AxeBuilder(replay).withTags(WCAG).analyze();
        }
    }

    private static String describe(List<Rule> violations) {
        return violations.stream()
                .map(v -> "- " + v.getId() + ": " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining(", ")))
                .collect(Collectors.joining("\n"));
    }
}
