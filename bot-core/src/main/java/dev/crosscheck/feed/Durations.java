package dev.crosscheck.feed;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Durations as people write them in a config file: "30s", "15m", "2h", "7d", or ISO-8601 ("PT15M"). */
public final class Durations {
    private static final Pattern SHORT = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d|w)");

    private Durations() {
    }

    /** The duration, or an IllegalArgumentException saying what is accepted. */
    public static Duration parse(String text) {
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        Matcher m = SHORT.matcher(t);
        if (m.matches()) {
            long n = Long.parseLong(m.group(1));
            return switch (m.group(2)) {
                case "ms" -> Duration.ofMillis(n);
                case "s" -> Duration.ofSeconds(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofDays(7 * n);
            };
        }
        try {
            return Duration.parse(t.toUpperCase(java.util.Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("\"" + text + "\" is not a duration (write 30s, 15m, 2h or 7d)");
        }
    }

    /** The shortest of the short forms that says the duration exactly. */
    public static String format(Duration d) {
        long s = d.toSeconds();
        if (d.toMillis() % 1000 != 0) {
            return d.toMillis() + "ms";
        }
        if (s != 0 && s % 86_400 == 0) {
            return s / 86_400 + "d";
        }
        if (s != 0 && s % 3600 == 0) {
            return s / 3600 + "h";
        }
        if (s != 0 && s % 60 == 0) {
            return s / 60 + "m";
        }
        return s + "s";
    }
}
