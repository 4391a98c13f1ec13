package dev.crosscheck.conversation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class PlacePhraseTest {
    @Test
    void aPlaceIsAPrepositionAndANameAlone() {
        assertTrue(PlacePhrase.isPlace("in the Lviv region"));
        assertFalse(PlacePhrase.isPlace("in the west"), "no name");
        assertFalse(PlacePhrase.isPlace("killed in Lviv"), "more than a place");
        assertTrue(PlacePhrase.isName("Nova Kakhovka"));
        assertFalse(PlacePhrase.isName("thanks"));
        assertTrue(PlacePhrase.isPlace("IN KYIV"), "typed in capitals");
    }

    @Test
    void theNamedPlaceIsTheLastAfterAPrepositionOrOf() {
        assertEquals("Kyiv", PlacePhrase.named("Who is the mayor of Kyiv?"));
        assertEquals("the Odesa region", PlacePhrase.named("How many died in Lviv and in the Odesa region?"));
        assertNull(PlacePhrase.named("How many were killed?"));
        assertNull(PlacePhrase.named("Who said that on Thursday?"), "a day is when, not where");
        assertEquals("Lviv", PlacePhrase.named("How many died in Lviv in March?"));
    }

    @Test
    void aPlaceReplacesTheLastNamedOneBehindItsPrepositionWhenBare() {
        assertEquals("Who is the mayor of Lviv?", PlacePhrase.into("Who is the mayor of Kyiv?", "Lviv", true));
        assertEquals("How many were killed in Kharkiv?",
                PlacePhrase.into("How many were killed in Lviv?", "in Kharkiv", false));
        assertNull(PlacePhrase.into("How many were killed?", "in Kharkiv", false));
    }

    @Test
    void aPlacesPossessiveAndAWordItBeginsStayWhenThePlaceIsReplaced() {
        assertEquals("What happened in Lviv's districts?",
                PlacePhrase.into("What happened in Kyiv's districts?", "in Lviv", false));
        assertEquals("Kyiv", PlacePhrase.named("What happened in Kyiv's districts?"));
        assertEquals("How many were hurt in Lviv?",
                PlacePhrase.into("How many were hurt in O'Connell Street?", "in Lviv", false), "an apostrophe inside");
        assertEquals("the Lviv region", PlacePhrase.named("How many died in the Lviv region?"));
    }

    @Test
    void withoutItsPlacesATextKeepsTheRest() {
        assertEquals("the governor", PlacePhrase.without("the governor of Odesa"));
        assertEquals("How many died and?", PlacePhrase.without("How many died in Lviv and in the Odesa region?"));
        assertEquals("the injured", PlacePhrase.without("the injured"));
    }

    @Test
    void thereAsAPlaceTakesThePlaceButNotThereWithBe() {
        assertEquals("How many died in Kharkiv?", PlacePhrase.forThere("How many died there?", "Kharkiv"));
        assertEquals("How many were there?", PlacePhrase.forThere("How many were there?", "Kharkiv"));
        assertEquals("Are there any deaths?", PlacePhrase.forThere("Are there any deaths?", "Kharkiv"));
        assertEquals("Is there power in Kharkiv now?", PlacePhrase.forThere("Is there power there now?", "Kharkiv"),
                "only the place is replaced");
    }
}
