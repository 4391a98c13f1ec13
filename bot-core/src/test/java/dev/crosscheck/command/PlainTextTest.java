package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.crosscheck.answer.Citation;
import dev.crosscheck.corpus.Origin;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The console's and the command line's text: a fetched source's address stands on its own line under the quote. */
class PlainTextTest {
    private static final Citation PLAIN = new Citation(1, "a.txt", "Snow in Lviv", "Heavy snow fell on Lviv.");
    private static final Citation FETCHED = new Citation(2, "feeds/example/kyiv.md", "Strikes hit Kyiv",
            "Strikes hit Kyiv overnight.", new Origin("https://example.org/news/kyiv-strikes", "Example News",
            Instant.parse("2026-12-01T09:30:00Z")));

    /** Renders an answer citing both sources and checks its source list. */
    private static void assertSources(String expected, Reply.Flag... flags) {
        Reply reply = new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, "Snow and strikes. [1][2]")),
                List.of(PLAIN, FETCHED), List.of(), Set.of(flags));
        assertEquals("Snow and strikes. [1][2]\n\nSources:\n" + expected, PlainText.render(reply));
    }

    @Test
    void aFetchedSourceShowsItsOutletAndDateAndItsUrlUnderTheQuoteAndAPlainFileAsBefore() {
        assertSources("""
                [1] a.txt — Snow in Lviv
                    “Heavy snow fell on Lviv.”
                [2] feeds/example/kyiv.md — Strikes hit Kyiv (Example News, 1 Dec 2026)
                    “Strikes hit Kyiv overnight.”
                    https://example.org/news/kyiv-strikes""");
    }

    @Test
    void aBriefSourceListShowsTheUrlUnderTheTitle() {
        assertSources("""
                [1] a.txt — Snow in Lviv
                [2] feeds/example/kyiv.md — Strikes hit Kyiv (Example News, 1 Dec 2026)
                    https://example.org/news/kyiv-strikes""", Reply.Flag.BRIEF_SOURCES);
    }

    @Test
    void aPassageQuotedAcrossLinesIsShownOnOneLine() {
        Citation passage = new Citation(1, "a.txt", "Snow in Lviv", "Heavy snow fell on Lviv.\n\nRoads closed.");
        Reply reply = new Reply(List.of(new Reply.Segment(Reply.Style.TEXT, "Snow. [1]")), List.of(passage),
                List.of(), Set.of());
        assertEquals("Snow. [1]\n\nSources:\n[1] a.txt — Snow in Lviv\n    “Heavy snow fell on Lviv. Roads closed.”",
                PlainText.render(reply));
    }
}
