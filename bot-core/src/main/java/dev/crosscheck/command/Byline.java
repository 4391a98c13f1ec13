package dev.crosscheck.command;

import dev.crosscheck.corpus.Origin;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How a source's outlet and date read wherever it is shown: "Example News, 1 Dec 2026". */
public final class Byline {
    // A spelled-out month reads the same to every reader; 01/12 does not.
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH)
            .withZone(ZoneOffset.UTC);
    /** An outlet is a name; a longer one is a mistake in the front matter and must not crowd out the quote. */
    private static final int OUTLET_CHARS = 60;

    private Byline() {
    }

    /** The outlet and the published date, whichever are known, or "" when neither is. */
    public static String of(Origin origin) {
        String date = origin.published() == null ? null : date(origin.published());
        if (origin.outlet() == null) {
            return date == null ? "" : date;
        }
        return date == null ? outlet(origin.outlet()) : outlet(origin.outlet()) + ", " + date;
    }

    /** An outlet's name as shown, shortened if it is implausibly long. */
    public static String outlet(String outlet) {
        return Text.shorten(outlet, OUTLET_CHARS);
    }

    /** The day of {@code published}, in UTC: "1 Dec 2026". */
    public static String date(Instant published) {
        return DATE.format(published);
    }
}
