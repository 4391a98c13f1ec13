package dev.crosscheck.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

class StoryNamesTest {
    private static Document doc(String text) {
        return doc("a.txt", text);
    }

    private static Document doc(String id, String text) {
        return new Document(id, "", text, "h", SentenceSplitter.split(id, text));
    }

    @Test
    void theNamesOfAStoryAreCapitalisedWordsMidSentence() {
        Set<String> names = StoryNames.names(doc("Missiles hit Kyiv's centre and Lviv, Odesa and Dnipro. The mayor, "
                + "Vitali Klitschko, said Jean-Pierre Élise and the UN met in Ivano-Frankivsk; Kharkiv 12 UK"));
        assertEquals(Set.of("kyiv", "lviv", "odesa", "dnipro", "vitali", "klitschko", "jean-pierre", "élise",
                "ivano-frankivsk", "kharkiv"), names);
    }

    @Test
    void aWordInCapitalsTheArticleAlsoWritesInLowerCaseIsEmphasisNotAName() {
        Set<String> names = StoryNames.names(doc("Inspectors fined Braskel over the VERY SAME part of the mine, "
                + "NATO said. It was the same seam, a very old one."));
        assertEquals(Set.of("braskel", "nato"), names);
    }

    @Test
    void reportsAreApartOnlyWhenBothNameEnoughToTell() {
        Document kyiv = doc("kyiv.txt", "Missiles hit Kyiv and Lviv overnight. In Odesa and Dnipro the power failed.");
        Document london = doc("london.txt", "Trains from London to Leeds, York and Hull were cancelled on Friday.");
        Document shortOne = doc("short.txt", "Six people died near Marrevik on Friday.");
        assertTrue(StoryNames.apart(kyiv, london));
        assertFalse(StoryNames.apart(kyiv, shortOne), "one name is too few to tell");
        assertFalse(StoryNames.apart(kyiv, kyiv));
    }

    @Test
    void reportsAreOneStoryWhenTheyShareEnoughNames() {
        Set<String> a = Set.of("kyiv", "lviv", "odesa", "dnipro", "kharkiv");
        assertTrue(StoryNames.same(a, Set.of("kyiv", "lviv", "odesa", "dnipro", "kherson")));
        assertFalse(StoryNames.same(a, Set.of("kyiv", "lviv", "odesa", "london")));
    }

    @Test
    void aShortReportIsOfTheStoryWhoseReportNamesAllItNames() {
        assertTrue(StoryNames.same(Set.of("lviv"), Set.of("lviv")), "two one-line reports of deaths in Lviv");
        assertTrue(StoryNames.same(Set.of("lviv", "solochiv"), Set.of("kyiv", "lviv", "odesa", "solochiv", "dnipro")));
        assertFalse(StoryNames.same(Set.of("lviv", "london"), Set.of("kyiv", "lviv", "odesa", "dnipro")),
                "a name the other never gives");
    }
}
