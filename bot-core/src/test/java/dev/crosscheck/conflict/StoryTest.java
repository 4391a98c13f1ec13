package dev.crosscheck.conflict;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.crosscheck.corpus.Document;
import dev.crosscheck.corpus.SentenceSplitter;
import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryTest {
    private static Document doc(String text) {
        return new Document("a.txt", "", text, "h", SentenceSplitter.split("a.txt", text));
    }

    @Test
    void theNamesOfAStoryAreCapitalisedWordsMidSentence() {
        Set<String> names = Story.names(doc("Missiles hit Kyiv's centre and Lviv, Odesa and Dnipro. The mayor, "
                + "Vitali Klitschko, said Jean-Pierre Élise and the UN met in Ivano-Frankivsk; Kharkiv 12 UK"));
        assertEquals(Set.of("kyiv", "lviv", "odesa", "dnipro", "vitali", "klitschko", "jean-pierre", "élise",
                "ivano-frankivsk", "kharkiv"), names);
    }

    @Test
    void reportsAreOneStoryWhenTheyShareEnoughNames() {
        Set<String> a = Set.of("kyiv", "lviv", "odesa", "dnipro", "kharkiv");
        assertTrue(Story.same(a, Set.of("kyiv", "lviv", "odesa", "dnipro", "kherson")));
        assertFalse(Story.same(a, Set.of("kyiv", "lviv", "odesa", "london")));
    }
}
