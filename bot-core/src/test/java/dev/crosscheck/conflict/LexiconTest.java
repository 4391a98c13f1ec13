package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class LexiconTest {
    @Test
    void eventsAreFoundInLowerCasedText() {
        for (String sentence : new String[] {"Six people were killed.", "Seven people lost their lives.",
            "Power outages hit 300 homes.", "Electricity was restored to 40,000 homes.", "Five were neutralised."}) {
            String lower = dev.crosscheck.quantity.QuantityParser.lowerCased(sentence);
            assertEquals(true, Lexicon.EVENTS.stream().anyMatch(e -> e.pattern().matcher(lower).find()), sentence);
        }
    }
}
