package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LeadInTest {
    @Test
    void aShortLabelBeforeAQuestionIsNoPartOfIt() {
        assertEquals("who is Klitschko?", LeadIn.dropped("Quick question: who is Klitschko?"));
        assertEquals("how many died?", LeadIn.dropped("Q: how many died?"));
        assertEquals("who said that?", LeadIn.dropped("One more thing - who said that?"));
        assertEquals("is the plant safe?", LeadIn.dropped("Sorry to ask – is the plant safe?"));
    }

    @Test
    void aLabelThatNamesWhatIsAskedAboutStays() {
        assertEquals("Re Lviv: how many died?", LeadIn.dropped("Re Lviv: how many died?"));
        assertEquals("Kyiv: what happened?", LeadIn.dropped("Kyiv: what happened?"), "one word may be a place");
        assertEquals("How many died?", LeadIn.dropped("How many died?"));
    }
}
