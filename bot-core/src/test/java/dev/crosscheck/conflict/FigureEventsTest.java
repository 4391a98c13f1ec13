package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureEventsTest {
    @Test
    void aQuestionNamesTheEventsOfItsWords() {
        assertEquals(Set.of("injured"), FigureEvents.named("How many were hurt?"));
        assertEquals(Set.of("intercepted"), FigureEvents.named("How many missiles were shot down?"));
        assertEquals(Set.of(), FigureEvents.named("How many new shops opened?"), "\"new\" creates only jobs");
    }

    @Test
    void eachFigureTakesTheEventNamedNearestInItsClause() {
        String both = "In all, six passengers were killed and around 40 injured; 12 remain in hospital.";
        assertEquals("killed", FigureEvents.of(both, both.indexOf("six"), both.indexOf("six") + 3));
        assertEquals("injured", FigureEvents.of(both, both.indexOf("40"), both.indexOf("40") + 2));
        assertEquals("hospitalised", FigureEvents.of(both, both.indexOf("12"), both.indexOf("12") + 2),
                "the injured are past the semicolon");
        String none = "The train carried 120 passengers.";
        assertNull(FigureEvents.of(none, none.indexOf("120"), none.indexOf("120") + 3));
    }
}
