package org.guichet.identity.internal;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A short, recognisable name for a browser from its User-Agent header, e.g. "Firefox 128 · Windows".
 * Only the common browsers and systems are named: the point is that a person recognises their own
 * devices, not an exact inventory. Order matters, as most browsers also claim to be Chrome or Safari.
 */
final class UserAgents {

    private record Known(Pattern pattern, String name) {
        Known(String regex, String name) {
            this(Pattern.compile(regex), name);
        }
    }

    private static final List<Known> BROWSERS = List.of(
            new Known("Edg(?:e|A|iOS)?/(\\d+)", "Edge"),
            new Known("OPR/(\\d+)", "Opera"),
            new Known("SamsungBrowser/(\\d+)", "Samsung Internet"),
            new Known("Firefox/(\\d+)", "Firefox"),
            new Known("FxiOS/(\\d+)", "Firefox"),
            new Known("CriOS/(\\d+)", "Chrome"),
            new Known("Chrom(?:e|ium)/(\\d+)", "Chrome"),
            new Known("Version/(\\d+)[.\\d]* (?:Mobile/\\S+ )?Safari/", "Safari"));
    private static final List<Known> SYSTEMS = List.of(
            new Known("Windows", "Windows"),
            new Known("Android", "Android"),
            new Known("iPhone|iPad|iPod", "iOS"),
            new Known("CrOS", "ChromeOS"),
            new Known("Mac OS X|Macintosh", "macOS"),
            new Known("Linux", "Linux"));

    private UserAgents() {}

    /** The short name, or null when the header is missing or names nothing known. */
    static String describe(String userAgent) {
        if (userAgent == null || userAgent.isBlank()) {
            return null;
        }
        String browser = null;
        for (Known candidate : BROWSERS) {
            Matcher m = candidate.pattern().matcher(userAgent);
            if (m.find()) {
                browser = candidate.name() + " " + m.group(1);
                break;
            }
        }
        String system = null;
        for (Known candidate : SYSTEMS) {
            if (candidate.pattern().matcher(userAgent).find()) {
                system = candidate.name();
                break;
            }
        }
        if (browser == null && system == null) {
            return null;
        }
        return browser == null ? system : system == null ? browser : browser + " · " + system;
    }
}
