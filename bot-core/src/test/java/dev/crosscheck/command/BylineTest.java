package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.corpus.Origin;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The outlet and date beside a source's title read the same on every platform. */
class BylineTest {
    private static final Instant PUBLISHED = Instant.parse("2026-09-01T23:30:00Z");

    @Test
    void givesWhicheverOfOutletAndDayIsKnownWithTheDayInUtc() {
        assertEquals("Example News, 1 Sep 2026", Byline.of(new Origin(null, "Example News", PUBLISHED)));
        assertEquals("Example News", Byline.of(new Origin("https://example.org/a", "Example News", null)));
        assertEquals("1 Sep 2026", Byline.of(new Origin(null, null, PUBLISHED)));
        assertEquals("", Byline.of(Origin.NONE));
    }

    @Test
    void anImplausiblyLongOutletIsShortened() {
        String shown = Byline.of(new Origin(null, "Example ".repeat(50), PUBLISHED));
        assertEquals("Example Example Example Example Example Example Example…, 1 Sep 2026", shown);
    }
}
