package dev.crosscheck.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.index.Token;
import java.util.List;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
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

    @Test
    void aSentenceCallingItsNameAKindOfWhatIsAskedSaysItsKind() {
        assertTrue(called("She spoke for a drugs charity, Addaction, which she supports.", "Addaction", "charity"));
        assertTrue(called("It was done by the Honeynet Project - a group of security researchers.", "Honeynet",
                "group"), "the rest of the name may stand between");
        assertTrue(called("Addaction, a drugs charity, welcomed it.", "Addaction", "charities"));
        assertFalse(called("Addaction met the charity commission.", "Addaction", "charity"),
                "a kind in the sentence that is not said of the name");
        assertFalse(called("The charity said Addaction had closed.", "Addaction", "charity"));
    }

    private static boolean called(String text, String name, String kind) {
        EnglishAnalyzer analyzer = new EnglishAnalyzer();
        int at = text.indexOf(name);
        Set<String> kindStems = Set.copyOf(Token.of(analyzer, kind).stream().map(Token::stem).toList());
        return AnswerRanker.calledKind(Token.of(analyzer, text), text, at, at + name.length(), kindStems);
    }
}
