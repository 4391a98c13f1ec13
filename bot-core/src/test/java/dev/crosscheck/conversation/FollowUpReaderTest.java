package dev.crosscheck.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class FollowUpReaderTest {
    private final FollowUpReader reader = new FollowUpReader();
    private static final List<Turn> KILLED = List.of(new Turn("How many people were killed in the Lviv region?",
            "How many people were killed in the Lviv region?", "At least five people were killed.", ""));

    @Test
    void aFirstQuestionIsReadAsTyped() {
        assertEquals(new FollowUpReader.Reading("Who is the mayor of Kyiv?", false),
                reader.read("Who is the mayor of Kyiv?", List.of()));
    }

    @Test
    void aCompleteQuestionInAConversationIsANewQuestion() {
        FollowUpReader.Reading r = reader.read("How many missiles did Russia fire?", KILLED);
        assertFalse(r.followUp());
        assertEquals("How many missiles did Russia fire?", r.question());
    }

    @Test
    void aPlaceAloneTakesThePlaceOfTheLastQuestions() {
        FollowUpReader.Reading r = reader.read("And in Kharkiv?", KILLED);
        assertTrue(r.followUp());
        assertEquals("How many people were killed in Kharkiv?", r.question());
    }

    @Test
    void aQuestionThatPointsBackIsReadWithTheOneItContinues() {
        FollowUpReader.Reading r = reader.read("Who said that?", KILLED);
        assertTrue(r.followUp());
        assertEquals("Who said that? (after: How many people were killed in the Lviv region)", r.question());
        FollowUpReader.Reading shortOne = reader.read("What about the injured?", KILLED);
        assertEquals("the injured? (after: How many people were killed in the Lviv region)", shortOne.question());
    }

    @Test
    void aChainOfFollowUpsKeepsTheQuestionTheyAllContinue() {
        List<Turn> two = List.of(KILLED.get(0), new Turn("Who said that?",
                "Who said that? (after: How many people were killed in the Lviv region)", "", ""));
        assertEquals("Why? (after: Who said that; How many people were killed in the Lviv region)",
                reader.read("Why?", two).question());
    }
}
