package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PublishedTimeTest {
    @Test
    void instantsOffsetsLocalTimesAndDaysAreRead() {
        assertEquals(Instant.parse("2026-12-01T09:30:00Z"), PublishedTime.parse("2026-12-01T09:30:00Z"));
        assertEquals(Instant.parse("2026-12-01T09:30:00Z"), PublishedTime.parse(" 2026-12-01T11:30:00+02:00 "));
        assertEquals(Instant.parse("2026-12-01T09:30:00Z"), PublishedTime.parse("2026-12-01T09:30:00"));
        assertEquals(Instant.parse("2026-12-01T00:00:00Z"), PublishedTime.parse("2026-12-01"));
    }

    @Test
    void anythingElseIsNoTime() {
        assertNull(PublishedTime.parse("yesterday"));
        assertNull(PublishedTime.parse("2026-13-45"));
        assertNull(PublishedTime.parse(""));
        assertNull(PublishedTime.parse(null));
    }
}
