package org.guichet.portal.internal;

import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Pattern;
import org.guichet.tenancy.CurrentTenant;
import org.guichet.tenancy.Tenant;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Serves the component library's stylesheet re-themed for Guichet (see ADR 0002): the GOV.UK
 * typeface and crest are removed in favour of the system font stack, and each tenant's brand
 * colour comes from a small per-tenant stylesheet.
 */
@RestController
class ThemeController {

    private static final String GOVUK_CSS = "/META-INF/resources/webjars/govuk-frontend/"
            + GovukFrontend.VERSION + "/dist/govuk/govuk-frontend.min.css";
    private static final String SYSTEM_FONTS = "system-ui,-apple-system,\"Segoe UI\",Roboto,Arial,sans-serif";
    private static final Pattern FONT_FACE = Pattern.compile("@font-face\\{font-family:GDS Transport;[^}]*}");

    private volatile String baseCss;

    @GetMapping(value = "/assets/guichet.css", produces = "text/css")
    ResponseEntity<String> baseStylesheet() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .body(base());
    }

    @GetMapping(value = "/theme.css", produces = "text/css")
    ResponseEntity<String> tenantStylesheet(HttpServletRequest request) {
        String colour = CurrentTenant.of(request).map(Tenant::primaryColour).orElse("#1d4f91");
        String css = """
                :root{--guichet-brand:%1$s}
                .guichet-header{background-color:%1$s}
                .guichet-header__band{border-bottom-color:%1$s}
                .govuk-button--brand{background-color:%1$s}
                """.formatted(colour);
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)))
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .body(css);
    }

    private String base() {
        String css = baseCss;
        if (css == null) {
            css = rethemed(read());
            baseCss = css;
        }
        return css;
    }

    static String rethemed(String govukCss) {
        String withoutFonts = FONT_FACE.matcher(govukCss).replaceAll("");
        return withoutFonts.replace("font-family:GDS Transport,arial,sans-serif", "font-family:" + SYSTEM_FONTS)
                .replace("url(/assets/images/govuk-crest.svg)", "none")
                .replace("/*# sourceMappingURL=govuk-frontend.min.css.map */", "");
    }

    private static String read() {
        try (InputStream in = ThemeController.class.getResourceAsStream(GOVUK_CSS)) {
            if (in == null) {
                throw new IllegalStateException("govuk-frontend " + GovukFrontend.VERSION + " is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
