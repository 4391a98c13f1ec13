package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Set;
import org.junit.jupiter.api.Test;

class FigureClauseTest {
    @Test
    void aQuestionNamesTheEventsOfItsWords() {
        assertEquals(Set.of("injured"), FigureClause.events("How many were hurt?"));
        assertEquals(Set.of("intercepted"), FigureClause.events("How many missiles were shot down?"));
        assertEquals(Set.of(), FigureClause.events("How many new shops opened?"), "\"new\" creates only jobs");
        // Missiles destroyed are intercepted, homes destroyed damaged: the question may ask either.
        assertEquals(Set.of("intercepted", "damaged"), FigureClause.events("How many homes have been destroyed?"));
        // A sum's use is asked of a sum: a fresh user's "How much money is in the hardship fund?" missed the
        // fund's known conflict.
        assertEquals(Set.of("in aid"), FigureClause.events("How much money is in the hardship fund?"));
    }

    @Test
    void eachFigureTakesTheEventNamedNearestInItsClause() {
        String both = "In all, six passengers were killed and around 40 injured; 12 remain in hospital.";
        assertEquals("killed", FigureClause.event(both, both.indexOf("six"), both.indexOf("six") + 3));
        assertEquals("injured", FigureClause.event(both, both.indexOf("40"), both.indexOf("40") + 2));
        assertEquals("hospitalised", FigureClause.event(both, both.indexOf("12"), both.indexOf("12") + 2),
                "the injured are past the semicolon");
        String none = "The train carried 120 passengers.";
        assertNull(FigureClause.event(none, none.indexOf("120"), none.indexOf("120") + 3));
    }

    @Test
    void aFigureOpeningAClauseJoinedByAndTakesThatClausesEvent() {
        String wire = "One person was killed and 27 others were injured when two trams collided.";
        assertEquals("injured", FigureClause.event(wire, wire.indexOf("27"), wire.indexOf("27") + 2),
                "\"killed\" is nearer, but in the clause before \"and\"");
        assertEquals("killed", FigureClause.event(wire, 0, 3));
    }

    @Test
    void aFigureIsTiedToTheDayNamedNearestInItsClause() {
        String s = "Okafor said 140 surgeries scheduled for Tuesday had been postponed; 95 more were called off on "
                + "Wednesday.";
        assertEquals("tuesday", FigureClause.day(s, s.indexOf("140"), s.indexOf("140") + 3));
        assertEquals("wednesday", FigureClause.day(s, s.indexOf("95"), s.indexOf("95") + 2));
        assertEquals(Set.of("wednesday"), FigureClause.days("How many were postponed on Wednesday?"));
    }
}
