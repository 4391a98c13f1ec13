package dev.crosscheck.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class DemonymsTest {
    @Test
    void placesFindTheirAdjectives() {
        assertTrue(Demonyms.related("Poland", "Polish"));
        assertTrue(Demonyms.related("Ukraine", "Ukrainian"));
        assertTrue(Demonyms.related("Russia", "Russian"));
        assertTrue(Demonyms.related("China", "Chinese"));
        assertTrue(Demonyms.related("Israel", "Israeli"));
        assertTrue(Demonyms.related("Germany", "German"));
    }

    @Test
    void differentPlacesStayApart() {
        assertFalse(Demonyms.related("Austria", "Australian"));
        assertFalse(Demonyms.related("Poland", "Portland"));
        assertFalse(Demonyms.related("Iran", "Iraqi"));
    }

    @Test
    void britishAndAmericanSpellingsFindEachOther() {
        assertEquals(Set.of("defense"), Spelling.alternates("defence"));
        assertTrue(Spelling.alternates("organise").contains("organize"));
        assertTrue(Spelling.alternates("colour").contains("color"));
        assertTrue(Spelling.alternates("kill").isEmpty(), "short words have no alternates");
    }
}
