package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Origin;
import dev.crosscheck.corpus.SentenceSplitter;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import org.junit.jupiter.api.Test;

class ReportTimeTest {
    private static ReportTime of(String text) {
        return of(text, null);
    }

    private static ReportTime of(String text, Instant modified) {
        return ReportTime.of(new Document("a.txt", "t", text, "h", SentenceSplitter.split("a.txt", text), modified));
    }

    @Test
    void anUpdatedLineGivesTheFullDate() {
        assertEquals(LocalDate.of(2025, 3, 16), of("Line reopens\nUpdated: 16 March 2025, 18:05\n\nThe line "
                + "reopened on Sunday.").date());
        assertEquals(LocalDate.of(2025, 3, 16), of("Line reopens\nPublished: 2025-03-16\n\nIt reopened.").date());
    }

    @Test
    void aChangeSaidOfAPartOfTheDayHappenedNoEarlierThanItsFirstHour() {
        assertEquals(java.time.LocalTime.of(11, 0), ReportTime.happenedAt("It reopened to traffic at 11am on Tuesday."));
        assertEquals(java.time.LocalTime.NOON, ReportTime.happenedAt("It reopened to traffic late on Wednesday."));
        assertEquals(java.time.LocalTime.NOON, ReportTime.happenedAt("It was reconnected later that day."));
        assertEquals(java.time.LocalTime.NOON, ReportTime.happenedAt("It reopened on Wednesday afternoon."));
        assertEquals(java.time.LocalTime.of(17, 0), ReportTime.happenedAt("It reopened on Wednesday evening."));
        assertNull(ReportTime.happenedAt("It reopened overnight."), "the night before the morning");
        assertNull(ReportTime.happenedAt("It reopened on Wednesday."));
    }

    @Test
    void aBylineGivingTheDayAloneGivesNoHour() {
        // A fresh user's eruption: "By Courier | Monday 15 September 2031", stored at midnight, read as written before
        // "Monday night" began, so Tuesday's count of Monday night was no later figure than Monday's.
        String text = "Appeal\nBy Courier | Monday 15 September 2031\n\nThe appeal had raised 1.2 million euros.";
        Origin dayOnly = new Origin(null, "Courier", Instant.parse("2031-09-15T00:00:00Z"));
        ReportTime t = ReportTime.of(new Document("a.txt", "t", text, "h", SentenceSplitter.split("a.txt", text),
                null, dayOnly));
        assertEquals(LocalDate.of(2031, 9, 15), t.date());
        assertNull(t.clock());
        Origin timed = new Origin(null, "Courier", Instant.parse("2031-09-15T07:30:00Z"));
        assertEquals(java.time.LocalTime.of(7, 30), ReportTime.of(new Document("a.txt", "t", text, "h",
                SentenceSplitter.split("a.txt", text), null, timed)).clock());
    }

    @Test
    void theFrontMattersPublishedTimeComesBeforeEveryClueInTheText() {
        String text = "Line reopens\nUpdated: 16 March 2025, 18:05\n\nThe line reopened on Sunday.";
        Origin origin = new Origin(null, "Example News", Instant.parse("2025-03-18T23:30:00Z"));
        ReportTime t = ReportTime.of(new Document("a.md", "t", text, "h", SentenceSplitter.split("a.md", text),
                Instant.parse("2025-04-01T10:00:00Z"), origin));
        assertEquals(LocalDate.of(2025, 3, 18), t.date());
        assertEquals(DayOfWeek.TUESDAY, t.weekday());
        assertEquals(1, t.compare(of(text)), "it orders against reports dated by their text, unlike a file's time");
    }

    @Test
    void aDatelineGivesTheDayAndTheLeadItsWeekday() {
        ReportTime t = of("Train derails\n\nALDENMOOR, March 14 (CMW) - A train derailed on Friday morning.");
        assertEquals(MonthDay.of(3, 14), t.monthDay());
        assertEquals(DayOfWeek.FRIDAY, t.weekday());
    }

    @Test
    void theLeadsLatestDayOutsideWhatIsToComeIsTheReportsDay() {
        ReportTime t = of("Data recorder found\n\nInvestigators on Saturday recovered the recorder from Friday's "
                + "wreck. A memorial service will be held on Sunday.");
        assertEquals(DayOfWeek.SATURDAY, t.weekday());
    }

    @Test
    void aSentenceIsTheNewsOfTheDayItNames() {
        ReportTime thursday = of("Flood\nPublished: Thursday 16 November 2028, 07:30\n\nThe water fell.");
        java.util.function.Function<String, LocalDate> said = text -> thursday.saidOf(
                SentenceSplitter.split("a.txt", text).get(0)).date();
        assertEquals(LocalDate.of(2028, 11, 15), said.apply("The bridge remained closed throughout Wednesday."));
        assertEquals(LocalDate.of(2028, 11, 15), said.apply("The prosecutor refused to rule it out last night."));
        assertEquals(LocalDate.of(2028, 11, 16), said.apply("The road, shut since Tuesday, was still closed this "
                + "morning."), "a state's news is of the day it is said to hold, not the one it began");
        assertEquals(LocalDate.of(2028, 11, 16), said.apply("The road has stayed shut since Tuesday afternoon."));
        assertEquals(LocalDate.of(2028, 11, 16), said.apply("It has handed out 900,000 litres since the notice was "
                + "issued on Tuesday night."), "a total since a day is of the day it is told, not the one it began");
        assertEquals(LocalDate.of(2028, 11, 16), said.apply("The inquiry will report on Monday."),
                "what is still to come is no day of news");
        assertEquals(LocalDate.of(2028, 11, 16), said.apply("The line first opened on a Saturday in 1962."),
                "a day further back than a story's reports are apart is background");
    }

    @Test
    void weekdaysAreOrderedWithinDaysNotWeeks() {
        ReportTime friday = new ReportTime(null, null, DayOfWeek.FRIDAY, false);
        ReportTime sunday = new ReportTime(null, null, DayOfWeek.SUNDAY, false);
        ReportTime monday = new ReportTime(null, null, DayOfWeek.MONDAY, false);
        assertEquals(-1, friday.compare(sunday));
        assertEquals(1, monday.compare(friday), "Monday after Friday, not four days before it");
        assertEquals(0, sunday.compare(sunday));
    }

    @Test
    void theFilesTimeIsTheLastResortAndOnlyOrdersOtherFileTimes() {
        ReportTime file = of("No day here\n\nSomething happened.", Instant.parse("2025-03-15T10:00:00Z"));
        assertEquals(LocalDate.of(2025, 3, 15), file.date());
        ReportTime written = of("Train derails\n\nA train derailed on Friday morning.");
        assertNull(file.compare(written));
        assertNull(of("No day here\n\nSomething happened.").compare(written));
    }

    @Test
    void aStampLinesHourOrdersTwoReportsOfOneDay() {
        ReportTime morning = ReportTime.of(stamped("Published: Thursday 14 March 2024, 06:00"));
        ReportTime evening = ReportTime.of(stamped("Published: Thursday 14 March 2024, 7:45 p.m."));
        assertEquals(0, morning.compare(evening), "one day");
        assertEquals(-1, morning.compareByHour(evening));
        assertEquals(1, evening.compareByHour(morning));
        ReportTime undated = ReportTime.of(stamped("Published: Thursday 14 March 2024"));
        assertEquals(0, morning.compareByHour(undated), "without both hours, one day is all that is known");
    }

    @Test
    void aShortDateLineAtTheTopGivesTheDateAndHourWithoutALabel() {
        ReportTime t = of("Quake hits town\nKestria Press Agency (KPA)\nTuesday 14 October 2031, 07:40\n\nA quake "
                + "struck on Monday night.");
        assertEquals(LocalDate.of(2031, 10, 14), t.date());
        assertEquals(java.time.LocalTime.of(7, 40), t.clock());
        ReportTime dotted = of("Night falls\nAlpine Dispatch\n14.10.2031 — 22:10\n\nIt was dark.");
        assertEquals(LocalDate.of(2031, 10, 14), dotted.date());
        assertEquals(java.time.LocalTime.of(22, 10), dotted.clock(), "the hour, not the date's 14.10");
        assertEquals(-1, t.compareByHour(dotted));
        assertNull(of("Night falls\n\n05/06/2031\n\nIt was dark.").date(), "a slashed date either way round");
    }

    private static Document stamped(String stamp) {
        String text = "Bridge falls\n\n" + stamp + "\n\nThe bridge fell.";
        return new Document("a.txt", "Bridge falls", text, "h", SentenceSplitter.split("a.txt", text));
    }
}
