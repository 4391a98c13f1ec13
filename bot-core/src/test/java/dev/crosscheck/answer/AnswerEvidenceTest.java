package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerEvidenceTest {
    private static List<String> names(String sentence) {
        return AnswerEvidence.spans(sentence).names().stream()
                .map(run -> String.join(" ", run.words().stream().map(AnswerEvidence.Span::lower).toList()))
                .toList();
    }

    @Test
    void aNameWrittenWithACapitalInsideIsAName() {
        assertEquals(List.of("the", "edonkey", "vodafone"),
                names("The group named eDonkey and Vodafone, not the iffy network."));
        assertEquals(List.of("apple", "ipod mini"), names("Apple sold the iPod Mini for less."));
    }

    @Test
    void aCompoundWithALowerCaseEndIsAnAdjectiveNotAName() {
        assertEquals(List.of("russia", "ukrainian", "london", "hewlett-packard"),
                names("Russia-installed officials in the Ukrainian-held town met London-based Hewlett-Packard staff."));
    }

    @Test
    void aDayOrMonthAfterAPrepositionIsNoPlace() {
        assertEquals("", AnswerEvidence.placeAsked("How many people died on Thursday?"));
        assertEquals("", AnswerEvidence.placeAsked("How many jobs were cut in March?"));
        assertEquals("Kyiv", AnswerEvidence.placeAsked("How many died on Thursday in Kyiv?"));
        assertEquals("Lviv", AnswerEvidence.placeAsked("How many people were killed in the Lviv region?"));
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
}
