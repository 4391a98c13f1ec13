package dev.crosscheck.quantity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SharedFiguresTest {
    @Test
    void passagesWhoseFiguresShareNoValueDisagree() {
        assertTrue(SharedFigures.disagree("The River Senna rose to 5.2 metres at the town bridge.",
                "The River Senna peaked at 4.7 metres in the early hours of Wednesday."));
        assertFalse(SharedFigures.disagree("A total of 38 patients had been transferred.",
                "Thirty-eight patients have now been transferred."), "38 in words is 38");
        assertFalse(SharedFigures.disagree("The River Senna rose to 5.2 metres.", "The River Senna burst its banks."),
                "a passage without a figure says nothing against one with");
    }

    @Test
    void passagesEachWithAValueTheOtherLacksDisagreeThoughTheyShareOne() {
        assertTrue(SharedFigures.disagree("Brambleworth, which employs 6,200 people, runs eleven manufacturing sites.",
                "The company has 5,400 staff and its 11 plants supply most supermarkets."));
        assertFalse(SharedFigures.disagree("Five people were killed on 9 March.", "Five people were killed."),
                "a figure more in one passage is no disagreement");
    }
}
