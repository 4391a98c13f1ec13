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

    private Byline() {
    }

    /** The outlet and the published date, whichever are known, or "" when neither is. */
    public static String of(Origin origin) {
        String date = origin.published() == null ? null : date(origin.published());
        if (origin.outlet() == null) {
            return date == null ? "" : date;
        }
        return date == null ? origin.outlet() : origin.outlet() + ", " + date;
    }

    /** The day of {@code published}, in UTC: "1 Dec 2026". */
    public static String date(Instant published) {
        return DATE.format(published);
    }
}
