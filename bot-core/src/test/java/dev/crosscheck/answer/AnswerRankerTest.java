package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnswerRankerTest {
    private static final List<String> WORDS = List.of("Ministers", "of", "the", "European", "Union", "met",
            "in", "Brussels");

    @Test
    void anAcronymIsNamedByTheInitialsOfACapitalisedRun() {
        assertTrue(AnswerRanker.acronymIn("EU", WORDS));
        assertFalse(AnswerRanker.acronymIn("UN", WORDS), "no run of words has these initials");
    }

    @Test
    void onlyAShortWordInCapitalLettersIsReadAsAnAcronym() {
        assertFalse(AnswerRanker.acronymIn("Mo", WORDS), "a word with a small letter is a name, not initials");
        assertFalse(AnswerRanker.acronymIn("E", WORDS), "a single letter is no acronym");
        assertFalse(AnswerRanker.acronymIn("E-U", WORDS), "initials are letters only");
        assertFalse(AnswerRanker.acronymIn("EUROPEAN", List.of("E", "U", "R", "O", "P", "E", "A", "N")),
                "eight capitals are a shouted word, not initials");
    }
}
