package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.TestCores;
import dev.crosscheck.corpus.CorpusReader;
import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.Sentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AnswerEvidenceTest {
    private static List<String> names(String sentence) {
        return AnswerEvidence.spans(sentence).names().stream()
                .map(run -> String.join(" ", run.words().stream().map(AnswerEvidence.Span::lower).toList()))
                .toList();
    }

    private static List<AnswerEvidence.Span> found(Pattern p, String text) {
        List<AnswerEvidence.Span> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) {
            out.add(new AnswerEvidence.Span(m.start(), m.end(), m.group().toLowerCase(Locale.ROOT)));
        }
        return out;
    }

    @Test
    void timesAndReasonsTriedAtWordStartsAreTheMatchesFindGives() {
        List<String> texts = new ArrayList<>(List.of("(Yesterday the vote was held at 9:30pm, mid-February 2005.)",
                "Late-march talks: \"Today\" began at dawn; x_Monday, é2004 and 3pm, due to rain, after 6 months.",
                "Because it rained on 12 March, the match was moved to next week; since 1998 it has led to delays."));
        for (Document d : CorpusReader.read(TestCores.seedsFolder()).documents()) {
            d.sentences().stream().map(Sentence::text).forEach(texts::add);
        }
        int times = 0;
        for (String text : texts) {
            assertEquals(found(AnswerEvidence.TIME, text), AnswerEvidence.all(AnswerEvidence.TIME, text), text);
            assertEquals(found(AnswerEvidence.REASON_CUE, text), AnswerEvidence.all(AnswerEvidence.REASON_CUE, text),
                    text);
            times += AnswerEvidence.all(AnswerEvidence.TIME, text).size();
        }
        assertTrue(times > 20, "the seeds name many times: " + times);
    }

    @Test
    void aNameWrittenWithACapitalInsideIsAName() {
        assertEquals(List.of("the", "edonkey", "vodafone"),
                names("The group named eDonkey and Vodafone, not the iffy network."));
        assertEquals(List.of("apple", "ipod mini"), names("Apple sold the iPod Mini for less."));
    }

    @Test
    void capitalsJoinedByAnAmpersandAreOneName() {
        assertEquals(List.of("at&t", "m&s"), names("AT&T bought it from M&S."), "not \"AT\", \"T\", \"M\" and \"S\"");
        assertEquals(List.of("late r&b", "aaliyah's"), names("Late R&B star Aaliyah's label has lost."));
    }

    @Test
    void aCompoundWithALowerCaseEndIsAnAdjectiveNotAName() {
        assertEquals(List.of("russia", "ukrainian", "london", "hewlett-packard"),
                names("Russia-installed officials in the Ukrainian-held town met London-based Hewlett-Packard staff."));
    }

    @Test
    void aClockTimeEndsAtItsAmOrPm() {
        assertEquals(0, AnswerEvidence.spans("Rescuers worked with 12 ambulances ferrying the injured.").times().size(),
                "12 ambulances is no time of day");
        assertEquals(1, AnswerEvidence.spans("The train left at 7 am.").times().size());
        assertFalse(AnswerEvidence.namesTimeUnit("12 ambulances", "time"));
    }

    @Test
    void todayCapitalisedInsideASentenceIsAName() {
        assertEquals(List.of(), times("He told BBC Radio 4's Today programme the law was clear."),
                "the Today programme is no time");
        assertEquals(List.of("today"), times("Today, the firm said it would appeal."));
        assertEquals(List.of("today"), times("He said: \"Today we start again.\""));
        assertEquals(List.of("yesterday"), times("The firm said yesterday it would appeal."));
    }

    @Test
    void aFortnightIsATimeAsTwoWeeksAre() {
        // A fresh user's "When will the engineers report?": "within a fortnight" was no time.
        assertEquals(List.of("within a fortnight"), times("We expect their findings within a fortnight."));
        assertEquals(List.of("within 14 days"), times("An interim report is due within 14 days."));
    }

    private static List<String> times(String sentence) {
        return AnswerEvidence.spans(sentence).times().stream().map(AnswerEvidence.Span::lower).toList();
    }

    @Test
    void aDateNamesTheUnitOfTimeItGives() {
        assertTrue(AnswerEvidence.namesTimeUnit("Thursday", "day"));
        assertTrue(AnswerEvidence.namesTimeUnit("March 14", "date"));
        assertTrue(AnswerEvidence.namesTimeUnit("14th March", "day"));
        assertTrue(AnswerEvidence.namesTimeUnit("1974", "year"));
        assertTrue(AnswerEvidence.namesTimeUnit("late October", "month"));
        assertTrue(AnswerEvidence.namesTimeUnit("shortly after dawn", "time"));
        assertFalse(AnswerEvidence.namesTimeUnit("Thursday", "year"));
        assertFalse(AnswerEvidence.namesTimeUnit("within 10 days", "day"));
        assertFalse(AnswerEvidence.namesTimeUnit("1974", "week"));
    }

    @Test
    void sinceOrAfterATimeTellsWhenNotWhy() {
        assertEquals(0, AnswerEvidence.spans("They were the first of their kind since mid-February.").reasons().size());
        assertEquals(List.of("after"), AnswerEvidence.spans("The move comes after the two sides failed to agree "
                + "after six months of talks.").reasons().stream().map(AnswerEvidence.Span::lower).toList(),
                "the first \"after\" gives a cause, the second a time");
        assertEquals(1, AnswerEvidence.spans("Following Thursday's attack, power was cut.").reasons().size(),
                "a time owning a noun is no time clause");
        assertEquals(1, AnswerEvidence.spans("Prices rose since demand grew.").reasons().size());
    }

    @Test
    void aPurposeIsAReason() {
        for (String sentence : new String[] {
                "Microsoft was to buy Sybari Software as part of its plans to make its own security programs.",
                "The bank cut rates in an effort to revive lending.",
                "The plan is designed to cut waiting times."}) {
            assertEquals(1, AnswerEvidence.spans(sentence).reasons().size(), sentence);
        }
        assertEquals(0, AnswerEvidence.spans("Microsoft bought Sybari Software on Tuesday.").reasons().size());
    }

    @Test
    void aConsequenceAfterItsCauseMarksAReason() {
        for (String sentence : new String[] {
                "There had been an explosion at a power plant, which is why 40 percent are without heating.",
                "The line was flooded. As a result, trains were cancelled.",
                "Fuel costs rose sharply and the airline therefore raised fares."}) {
            assertEquals(1, AnswerEvidence.spans(sentence).reasons().size(), sentence);
        }
    }
}
