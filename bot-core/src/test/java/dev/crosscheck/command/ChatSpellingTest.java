package dev.crosscheck.command;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ChatSpellingTest {
    @Test
    void aContractionTypedWithoutItsApostropheIsWrittenWithOne() {
        assertEquals("what's the death toll", ChatSpelling.written("whats the death toll"));
        assertEquals("Who's the mayor? Why didn't they say?",
                ChatSpelling.written("Whos the mayor? Why didnt they say?"));
        assertEquals("DOESN'T it run?", ChatSpelling.written("DOESNT it run?"));
    }

    @Test
    void wordsThatOnlyHoldOneStayAsTyped() {
        for (String typed : new String[] {"What is the death toll?", "Who shows hats, whatsoever?", "what's up",
            "Whose hadnts?"}) {
            assertEquals(typed, ChatSpelling.written(typed));
        }
    }
}
