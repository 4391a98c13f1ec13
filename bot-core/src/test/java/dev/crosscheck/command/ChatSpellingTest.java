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

    @Test
    void chatShorthandIsWrittenOut() {
        assertEquals("can you tell me how many people died", ChatSpelling.written("can u tell me how many ppl died"));
        assertEquals("what are the casualties? why did the government say so?",
                ChatSpelling.written("what r the casualties? y did the govt say so?"));
        assertEquals("what happened before the strike", ChatSpelling.written("wat happened b4 the strike"));
    }

    @Test
    void lettersThatAreNoShorthandStay() {
        for (String typed : new String[] {"Did the U.S. react?", "Who is R. Grossi?", "What did U2 sing?",
            "Is r&b popular?", "Plan B or plan C?", "the y-axis", "Section U of the plant", "u.s. aid"}) {
            assertEquals(typed, ChatSpelling.written(typed), typed);
        }
    }
}
